import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("links and images", () => {
  it("resolves links into the book, external links and files", () => {
    const { html } = renderFixture(
      "[page](./known.md#part), [site](https://example.org), [same page](#top), [pdf](./files/guide.pdf) and [ref][r].\n\n[r]: /docs/known\n",
    );
    expect(html).toContain('<a href="/docs/known#part">page</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<a href="#top">same page</a>');
    expect(html).toContain('<a href="/book-assets/0123456789abcdef/guide.pdf" download>pdf</a>');
    expect(html).toContain('<a href="/docs/known">ref</a>');
  });

  it("shows an unresolved link as text and reports it with file and line", () => {
    const { html, warnings } = renderFixture("Intro.\n\nSee [the old page](./gone.md).\n");
    expect(html).toContain('<p>See <span class="unresolved-link">the old page</span>.</p>');
    expect(warnings).toEqual([
      { kind: "unresolved-link", path: "guide/page.mdx", line: 5, message: "./gone.md: no page at ./gone.md" },
    ]);
  });

  it("keeps a link whose heading is gone as a link to the page, and reports the fragment", () => {
    const { html, warnings } = renderFixture("Intro.\n\nSee [the part](./known.md#gone).\n");
    expect(html).toContain('<p>See <a href="/docs/known">the part</a>.</p>');
    expect(warnings).toEqual([
      {
        kind: "unresolved-link",
        path: "guide/page.mdx",
        line: 5,
        message: './known.md#gone: known.md has no heading with the id "gone"',
      },
    ]);
  });

  it("stores images as assets and shows a missing one as its alt text, reported", () => {
    const { html, warnings } = renderFixture("![A diagram](./img/there.png)\n\n![Lost figure](./img/lost.png)\n");
    expect(html).toContain('<img src="/book-assets/0123456789abcdef/there.png" alt="A diagram" loading="lazy">');
    expect(html).toContain('<span class="missing-image" role="img" aria-label="Lost figure">Lost figure</span>');
    expect(warnings).toEqual([expect.objectContaining({ kind: "missing-asset", path: "guide/page.mdx", line: 5 })]);
  });
});
