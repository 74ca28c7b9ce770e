import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createCodeBlockPage, renderCodeBlock } from "@pagewise/book/render";
import { toHtml } from "hast-util-to-html";
import type { Code, Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { locateTrpcCorpus } from "../src/eval/locate-corpus";

// Real Docusaurus books nobody here wrote, read in place beside the repository: the tRPC docs
// (twoslash everywhere) and Docusaurus's own docs (magic comments, npm2yarn, line ranges).
const trpc = locateTrpcCorpus(import.meta.dirname);
const corpora = trpc.dir === undefined ? [] : [trpc.dir, resolve(trpc.dir, "..", "docusaurus-website", "docs")];
if (trpc.dir === undefined) {
  if (process.env.CI === "true") throw new Error(`CI needs the corpora: ${trpc.reason}.`);
  console.warn(`Skipping the code block corpus tests: ${trpc.reason}.`);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

// MDX (Docusaurus's default format, for .md too) has no indented code blocks, so a fence indented
// inside JSX is still a fence.
function codeNodes(markdown: string): Code[] {
  const found: Code[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "code") {
      // Docusaurus unwraps `mdx-code-block` fences: their content is page content, not code.
      if (node.lang === "mdx-code-block") found.push(...codeNodes(node.value));
      else found.push(node);
    } else if ("children" in node) {
      for (const child of node.children) visit(child);
    }
  };
  visit(fromMarkdown(markdown, { extensions: [{ disable: { null: ["codeIndented"] } }] }));
  return found;
}

const twoslashLeftover = /\/\/ ?(---cut|@filename|@include|@noErrors|\^\?)/;
const magicCommentLeftover =
  /^\s*(\/\/|#|<!--|\/\*|\{\/\*)\s*highlight-(next-line|start|end)\s*(-->|\*\/\s*\}|\*\/)?\s*$/;

describe.skipIf(trpc.dir === undefined)("code blocks of the real Docusaurus corpora", () => {
  const files = corpora.flatMap(markdownFiles);
  let n = 0;
  const ids = { next: () => ++n };
  const results = files.flatMap((file) => {
    const page = createCodeBlockPage();
    return codeNodes(readFileSync(file, "utf8")).map((node) => ({
      file,
      node,
      rendered: renderCodeBlock({ lang: node.lang, meta: node.meta, value: node.value }, ids, page),
    }));
  });
  const shown = results.flatMap(({ file, node, rendered }) =>
    rendered === undefined ? [] : [{ file, node, rendered }],
  );

  it("renders every fenced block, hiding only twoslash include blocks", () => {
    expect(files.length).toBeGreaterThan(150);
    expect(results.length).toBeGreaterThan(1000);
    const hidden = results.filter(({ rendered }) => rendered === undefined);
    expect(hidden.length).toBeGreaterThanOrEqual(15);
    expect(hidden.every(({ node }) => node.lang === "twoslash" && node.meta?.startsWith("include "))).toBe(true);
  });

  it("shows no twoslash directive, query or cut line", () => {
    const leftovers = shown.flatMap(({ file, rendered }) =>
      rendered.text
        .split("\n")
        .filter((line) => twoslashLeftover.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(leftovers).toEqual([]);
  });

  it("shows no magic comment line in a block with a language", () => {
    // Docusaurus leaves the comments of a block without a language as they are, and reads only
    // HTML, JSX and `#` comments in Markdown: its docs show `// highlight-…` inside ```` ```md ````
    // that way. Only comments Docusaurus would have removed count.
    const isMarkdown = (lang: string | null | undefined) => lang === "md" || lang === "markdown";
    const leftovers = shown
      .filter(({ node }) => node.lang !== null && node.lang !== undefined)
      .flatMap(({ file, node, rendered }) =>
        rendered.text
          .split("\n")
          .filter((line) => magicCommentLeftover.test(line))
          .filter((line) => !(isMarkdown(node.lang) && /^\s*\/[/*]/.test(line)))
          .map((line) => `${file}: ${line}`),
      );
    expect(leftovers).toEqual([]);
  });

  it("leaves no twoslash block empty, thanks to the page's include blocks", () => {
    const twoslash = shown.filter(({ node }) => /\btwoslash\b/.test(node.meta ?? ""));
    expect(twoslash.length).toBeGreaterThan(150);
    expect(twoslash.filter(({ rendered }) => rendered.text.trim() === "").map(({ file }) => file)).toEqual([]);
  });

  it("highlights the lines magic comments and ranges point at, and renders npm2yarn as tabs", () => {
    const html = shown.map(({ rendered }) => toHtml(rendered.element));
    expect(html.filter((markup) => markup.includes('class="code-line highlighted"')).length).toBeGreaterThan(100);
    const tabs = html.filter((markup) => markup.startsWith('<div class="tabs" data-group-id="npm2yarn">'));
    expect(tabs.length).toBeGreaterThanOrEqual(80);
    const withoutConversion = tabs.filter((markup) => !/>yarn[ <]/.test(markup) || !/>pnpm[ <]/.test(markup));
    expect(withoutConversion).toEqual([]);
  });

  it("keeps one code-line per shown line", () => {
    for (const { rendered } of shown) {
      if (rendered.element.properties.className?.toString() !== "code-block") continue;
      const markup = toHtml(rendered.element);
      expect(markup.match(/<span class="code-line/g)?.length).toBe(rendered.text.split("\n").length);
    }
  });
});
