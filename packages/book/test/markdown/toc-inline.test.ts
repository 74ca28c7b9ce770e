import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

const headings = "## A\n\n### A1\n\n#### A1a\n\n## B\n\n#### B deep\n\n### B1\n";

function toc(html: string): string {
  return /<nav class="toc-inline"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
}

const item = (id: string, text: string, nested = "") => `<li><a href="#${id}">${text}</a>${nested}</li>`;

describe("<TOCInline>", () => {
  it("nests the headings by depth, h2 and h3 by default", () => {
    const { html } = renderFixture(`<TOCInline toc={toc} />\n\n${headings}`);
    expect(toc(html)).toBe(
      `<ul>${item("a", "A", `<ul>${item("a1", "A1")}</ul>`)}${item("b", "B", `<ul>${item("b1", "B1")}</ul>`)}</ul>`,
    );
  });

  it("honours maxHeadingLevel, and puts a heading under the last one above its depth", () => {
    const { html } = renderFixture(`<TOCInline toc={toc} maxHeadingLevel={4} />\n\n${headings}`);
    expect(toc(html)).toBe(
      `<ul>${item("a", "A", `<ul>${item("a1", "A1", `<ul>${item("a1a", "A1a")}</ul>`)}</ul>`)}${item(
        "b",
        "B",
        `<ul>${item("b-deep", "B deep")}${item("b1", "B1")}</ul>`,
      )}</ul>`,
    );
  });

  it("honours minHeadingLevel, moving the headings in range up to the top", () => {
    const { html } = renderFixture(`<TOCInline toc={toc} minHeadingLevel={3} maxHeadingLevel={4} />\n\n${headings}`);
    expect(toc(html)).toBe(
      `<ul>${item("a1", "A1", `<ul>${item("a1a", "A1a")}</ul>`)}${item("b-deep", "B deep")}${item("b1", "B1")}</ul>`,
    );
  });
});
