import { describe, expect, it } from "vitest";
import { firstH1, firstParagraph, pageHeadings, tableOfContents } from "../../src/markdown/outline";
import { parseMarkdown } from "../../src/markdown/parse-markdown";
import { assignHeadingIds } from "../../src/markdown/transforms/heading-ids";
import { renderFixture } from "../../src/testing/render-fixture";

describe("headings and outline", () => {
  it("uses {#custom-id}, else github-slugger ids counted per page, with a hash link", () => {
    const { html, toc, headingIds } = renderFixture(
      "## Options {#opts}\n\n## Setup\n\n## Setup\n\n### `code` & more\n",
    );
    expect(html).toContain(
      '<h2 id="opts">Options<a class="hash-link" href="#opts" aria-label="Direct link to Options"></a></h2>',
    );
    expect(toc).toEqual([
      { depth: 2, text: "Options", id: "opts" },
      { depth: 2, text: "Setup", id: "setup" },
      { depth: 2, text: "Setup", id: "setup-1" },
      { depth: 3, text: "code & more", id: "code--more" },
    ]);
    expect([...headingIds]).toEqual(["opts", "setup", "setup-1", "code--more"]);
  });

  it("honours the toc heading levels", () => {
    const { tree } = parseMarkdown("## Two\n\n### Three\n\n#### Four\n", { math: false });
    assignHeadingIds(tree);
    const headings = pageHeadings(tree);
    expect(tableOfContents(headings).map((entry) => entry.depth)).toEqual([2, 3]);
    expect(tableOfContents(headings, { min: 3, max: 4 }).map((entry) => entry.text)).toEqual(["Three", "Four"]);
  });

  it("puts the title first unless the page starts with its own h1 or hides it", () => {
    expect(renderFixture("Text.\n", { title: "From front matter" }).html).toMatch(/^<h1>From front matter<\/h1>/);
    expect(renderFixture("# Own title\n\nText.\n").html).toMatch(/^<h1 id="own-title">Own title<\/h1>\n<p>Text.<\/p>$/);
    expect(renderFixture("Text.\n", { hideTitle: true }).html).toBe("<p>Text.</p>");
  });

  it("finds the first h1 and a description from the first paragraph", () => {
    const { tree } = parseMarkdown(`# Title\n\n![logo](x.png)\n\n${"Words that go on. ".repeat(20)}\n`, {
      math: false,
    });
    expect(firstH1(tree)).toBe("Title");
    const description = firstParagraph(tree) ?? "";
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/^Words that go on\. .*…$/);
  });
});
