import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * Docusaurus's heading ids: an explicit `{#custom-id}` at the end of the
 * heading (taken off its text), else github-slugger over the heading's text,
 * counted per page (`setup`, `setup-1`). Returns every id on the page (elements' `id`s included).
 */
export function assignHeadingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, "heading", (heading: Heading) => {
    const explicit = takeExplicitId(heading);
    const id = explicit ?? slugger.slug(plainText(heading).trim());
    heading.data = { ...heading.data, pwHeadingId: id };
    ids.add(id);
  });
  // `<details id="x">` and friends are link targets too, as are ids transforms gave (an APITable's rows).
  visit(tree, (node) => {
    const given = node.data?.hProperties?.id;
    if (typeof given === "string") ids.add(given);
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    for (const attribute of node.attributes) {
      if (attribute.type === "mdxJsxAttribute" && attribute.name === "id" && typeof attribute.value === "string")
        ids.add(attribute.value);
    }
  });
  return ids;
}

function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return undefined;
  const match = /\s*\{#([^}\s]+)\}\s*$/.exec(last.value);
  if (match?.[1] === undefined) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === "") heading.children.pop();
  return match[1];
}
