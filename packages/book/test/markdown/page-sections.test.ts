import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { createCodeBlockPage, type RenderedCodeBlock, renderCodeBlock } from "../../src/markdown/code";
import { pageSections } from "../../src/markdown/page-sections";
import { parseMarkdown } from "../../src/markdown/parse-markdown";
import { assignHeadingIds } from "../../src/markdown/transforms/heading-ids";

function sections(markdown: string, options?: { maxChars?: number; overlapChars?: number }) {
  const { tree } = parseMarkdown(markdown, { math: false });
  assignHeadingIds(tree);
  const codeBlocks = new Map<Code, RenderedCodeBlock | undefined>();
  let counter = 0;
  const page = createCodeBlockPage();
  visit(tree, "code", (node: Code) => {
    codeBlocks.set(
      node,
      renderCodeBlock({ lang: node.lang, meta: node.meta, value: node.value }, { next: () => ++counter }, page),
    );
  });
  return pageSections(tree, codeBlocks, options);
}

describe("page sections for retrieval", () => {
  it("splits by h2/h3, keeps the heading path and the headings' ids", () => {
    const chunks = sections(
      "# Page title\n\nIntro text.\n\n## First `code` part\n\nText one.\n\n### Sub part\n\nText two.\n\n#### Detail\n\nDetail text.\n\n## Custom {#my-id}\n\nText three.\n\n## First code part\n\nRepeated heading.\n\n```ts\nconst a = 1;\n```\n",
    );
    expect(chunks.map(({ headingPath, anchor }) => ({ headingPath, anchor }))).toEqual([
      { headingPath: [], anchor: "" },
      { headingPath: ["First code part"], anchor: "first-code-part" },
      { headingPath: ["First code part", "Sub part"], anchor: "sub-part" },
      { headingPath: ["Custom"], anchor: "my-id" },
      { headingPath: ["First code part"], anchor: "first-code-part-1" },
    ]);
    expect(chunks[2]?.headings).toBe("First code part\nSub part\nDetail");
    expect(chunks[4]).toMatchObject({ body: "Repeated heading.", code: "const a = 1;" });
  });

  it("indexes the whole code example without twoslash or highlight directives", () => {
    const chunks = sections(
      "See [the guide](./guide.md) and **bold** `code`.\n\n```ts twoslash\n// @filename: a.ts\nimport { x } from './x';\n// ---cut---\n// highlight-next-line\nconst y = x;\n```\n",
    );
    expect(chunks[0]).toMatchObject({
      body: "See the guide and bold code.",
      code: "import { x } from './x';\nconst y = x;",
    });
  });

  it("caps chunk size and repeats a little of the previous piece", () => {
    const sentence = (n: number) => `Sentence number ${n} talks about relays and notebooks at some length.`;
    const paragraphs = Array.from({ length: 12 }, (_, p) =>
      Array.from({ length: 4 }, (_, s) => sentence(p * 4 + s)).join(" "),
    );
    const chunks = sections(`## Long\n\n${paragraphs.join("\n\n")}`, { maxChars: 600, overlapChars: 120 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.body.length).toBeLessThanOrEqual(600 + 120);
    for (const [index, chunk] of chunks.entries()) {
      expect(chunk.anchor).toBe("long");
      const previous = chunks[index - 1];
      if (previous !== undefined) {
        const lastSentence = previous.body.split(/(?<=\.)\s+/).at(-1) ?? "";
        expect(chunk.body.startsWith(lastSentence)).toBe(true);
      }
    }
    expect(chunks.map((chunk) => chunk.ordinal)).toEqual(chunks.map((_, index) => index));
  });

  it("gives an empty page one chunk so its title can still be found", () => {
    expect(sections("")).toEqual([{ ordinal: 0, headingPath: [], anchor: "", headings: "", body: "", code: "" }]);
  });
});
