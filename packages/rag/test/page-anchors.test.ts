import { join } from "node:path";
import type { IngestWarning } from "@pagewise/book";
import { readBook } from "@pagewise/book";
import { type RenderedBook, renderBook } from "@pagewise/book/render";
import { writeTree } from "@pagewise/book/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A book's pages linked to one another's anchors, through the real resolver, as ingest renders them.
describe("anchors a page's links land on", () => {
  let tree: Awaited<ReturnType<typeof writeTree>>;
  let rendered: RenderedBook;
  const html = (sourcePath: string) =>
    rendered.documents.find((document) => document.sourcePath === sourcePath)?.content().html ?? "";
  const linkWarnings = () =>
    rendered.warnings
      .filter((warning) => warning.kind === "unresolved-link")
      .map((warning: IngestWarning) => warning.message);

  beforeAll(async () => {
    tree = await writeTree({
      "docs/config.mdx": [
        "# Site configuration",
        "",
        "Back to [the top](#site-configuration).",
        "",
        "## Options",
        "",
        "<APITable>",
        "",
        "| Name | Type |",
        "| --- | --- |",
        "| `onBrokenLinks` | `string` |",
        "",
        "</APITable>",
        "",
        '<APITable name="navbar">',
        "",
        "| Name | Type |",
        "| --- | --- |",
        "| `hideOnScroll` | `boolean` |",
        "",
        "</APITable>",
        "",
      ].join("\n"),
      "docs/guide.md": [
        "# Guide",
        "",
        "Set [onBrokenLinks](./config.mdx#onBrokenLinks), [hideOnScroll](/docs/config#navbar-hideOnScroll),",
        "[the page](./config.mdx#site-configuration) and [a gone option](./config.mdx#onBrokenAnchors).",
        "",
      ].join("\n"),
    });
    rendered = await renderBook(await readBook(join(tree.dir, "docs")));
  });
  afterAll(() => tree.dispose());

  it("gives the page's h1 its slug id, so a link to it resolves", () => {
    expect(html("config.mdx")).toMatch(/^<h1 id="site-configuration">Site configuration<\/h1>/);
    expect(html("config.mdx")).toContain('<a href="/docs/config#site-configuration">the top</a>');
    expect(html("guide.md")).toContain('<a href="/docs/config#site-configuration">the page</a>');
  });

  it("lands links on an APITable's rows", () => {
    expect(html("config.mdx")).toContain('<tr id="onBrokenLinks">');
    expect(html("config.mdx")).toContain('<tr id="navbar-hideOnScroll">');
    expect(html("guide.md")).toContain('<a href="/docs/config#onBrokenLinks">onBrokenLinks</a>');
    expect(html("guide.md")).toContain('<a href="/docs/config#navbar-hideOnScroll">hideOnScroll</a>');
  });

  it("keeps a link to an anchor the page lacks as a link to the page, and reports only that one", () => {
    expect(html("guide.md")).toContain('<a href="/docs/config">a gone option</a>');
    expect(linkWarnings()).toEqual([
      './config.mdx#onBrokenAnchors: config.mdx has no heading with the id "onBrokenAnchors" (linked to the page)',
    ]);
  });
});
