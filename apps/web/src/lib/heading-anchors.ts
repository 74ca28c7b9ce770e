import GithubSlugger from "github-slugger";
import type { Heading, Nodes, PhrasingContent, Root } from "mdast";

export interface ServerHeading {
  depth: number;
  text: string;
  anchor: string;
}

// Docusaurus' explicit heading id, `## Setup {#custom-id}`: it must not show in the heading.
const EXPLICIT_ID = /\s*\{#([^}\s]+)\}\s*$/;

/**
 * A remark plugin that gives each heading the id the server gave it (docs.get's `headings`),
 * so the reader's anchors are exactly the ones citations link to. Headings are matched by depth
 * and text in page order; one the server did not list (it skips the h1) is slugged the same way
 * the server slugs, as a fallback.
 */
export function remarkServerHeadingAnchors(headings: readonly ServerHeading[]) {
  return () => (tree: Root) => {
    const unused = [...headings];
    const slugger = new GithubSlugger();
    for (const heading of collectHeadings(tree)) {
      const explicit = stripExplicitId(heading);
      const text = plainText(heading).trim();
      const index = unused.findIndex((candidate) => candidate.depth === heading.depth && candidate.text === text);
      const fromServer = index === -1 ? undefined : unused.splice(index, 1)[0];
      const id = fromServer?.anchor ?? explicit ?? slugger.slug(text);
      // The slugger must see every heading, as the server's does, for repeats to number alike.
      if (fromServer !== undefined) slugger.slug(text);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    }
  };
}

function collectHeadings(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === "heading") found.push(node);
  if ("children" in node) for (const child of node.children) collectHeadings(child, found);
  return found;
}

function stripExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (match === null) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

function plainText(node: Heading | PhrasingContent): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return node.children.map(plainText).join("");
  return "";
}
