import { describe, expect, it } from "vitest";
import { chunkMarkdown } from "../src/ingest/chunk-markdown";

describe("chunkMarkdown", () => {
  it("splits by h2/h3, keeps the heading path and Docusaurus anchors", () => {
    const page = chunkMarkdown(
      [
        "# Page title",
        "Intro text.",
        "## First `code` part",
        "Text one.",
        "### Sub part",
        "Text two.",
        "#### Detail",
        "Detail text.",
        "## Custom {#my-id}",
        "Text three.",
        "## First code part",
        "Repeated heading.",
        "```ts",
        "const a = 1;",
        "```",
      ].join("\n"),
    );
    expect(page.firstH1).toBe("Page title");
    expect(page.chunks.map(({ headingPath, anchor }) => ({ headingPath, anchor }))).toEqual([
      { headingPath: [], anchor: "" },
      { headingPath: ["First code part"], anchor: "first-code-part" },
      { headingPath: ["First code part", "Sub part"], anchor: "sub-part" },
      { headingPath: ["Custom"], anchor: "my-id" },
      { headingPath: ["First code part"], anchor: "first-code-part-1" },
    ]);
    expect(page.chunks[2]?.headings).toBe("First code part\nSub part\nDetail");
    expect(page.chunks[4]).toMatchObject({ body: "Repeated heading.", code: "const a = 1;" });
    expect(page.headings).toEqual([
      { depth: 2, text: "First code part", anchor: "first-code-part" },
      { depth: 3, text: "Sub part", anchor: "sub-part" },
      { depth: 4, text: "Detail", anchor: "detail" },
      { depth: 2, text: "Custom", anchor: "my-id" },
      { depth: 2, text: "First code part", anchor: "first-code-part-1" },
    ]);
  });

  it("does not read a # inside code as a heading", () => {
    const page = chunkMarkdown("## Shell\n\n```sh\n# a comment\necho hi\n```");
    expect(page.headings).toHaveLength(1);
    expect(page.chunks[0]?.code).toBe("# a comment\necho hi");
  });

  it("caps chunk size and repeats a little of the previous piece", () => {
    const sentence = (n: number) => `Sentence number ${n} talks about relays and notebooks at some length.`;
    const paragraphs = Array.from({ length: 12 }, (_, p) =>
      Array.from({ length: 4 }, (_, s) => sentence(p * 4 + s)).join(" "),
    );
    const page = chunkMarkdown(`## Long\n\n${paragraphs.join("\n\n")}`, { maxChars: 600, overlapChars: 120 });
    expect(page.chunks.length).toBeGreaterThan(3);
    for (const chunk of page.chunks) expect(chunk.body.length).toBeLessThanOrEqual(600 + 120);
    for (const [index, chunk] of page.chunks.entries()) {
      expect(chunk.anchor).toBe("long");
      const previous = page.chunks[index - 1];
      if (previous !== undefined) {
        const lastSentence = previous.body.split(/(?<=\.)\s+/).at(-1) ?? "";
        expect(chunk.body.startsWith(lastSentence)).toBe(true);
      }
    }
    expect(page.chunks.map((chunk) => chunk.ordinal)).toEqual(page.chunks.map((_, index) => index));
  });

  it("turns Markdown into plain text for the index and strips twoslash markers from code", () => {
    const page = chunkMarkdown(
      "See [the guide](./guide.md) and **bold** `code`.\n\n```ts\n// @filename: a.ts\n// ---cut---\nconst x = 1;\n```",
    );
    expect(page.chunks[0]).toMatchObject({ body: "See the guide and bold code.", code: "const x = 1;" });
  });

  it("gives an empty page one chunk so its title can still be found", () => {
    expect(chunkMarkdown("").chunks).toEqual([
      { ordinal: 0, headingPath: [], anchor: "", headings: "", body: "", code: "" },
    ]);
  });
});
