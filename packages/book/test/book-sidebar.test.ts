import { describe, expect, it } from "vitest";
import type { SidebarItem } from "../src/site/book-shapes";
import { readBook } from "../src/site/read-book";
import { buildSidebar, sidebarOrder } from "../src/site/sidebar";
import { docusaurusBookDocs, titleFrom, writeTree } from "../src/testing/book-fixture";

const doc = (label: string, slug: string): SidebarItem => ({ type: "doc", label, slug });

describe("buildSidebar", () => {
  it("builds the sidebar Docusaurus would autogenerate for the fixture site", async () => {
    const book = await readBook(docusaurusBookDocs);
    expect(buildSidebar(book, titleFrom(book))).toEqual([
      doc("Welcome", ""),
      doc("Introduction", "intro"),
      {
        // `_category_.json` label, position and collapsed; a generated index opens it.
        type: "category",
        label: "User guides",
        slug: "category/user-guides",
        collapsed: false,
        // Ordered by number prefix; the unlisted page and the draft are left out.
        items: [
          doc("Install", "guides/install"),
          doc("Configure it", "guides/configure"),
          doc("Fine tuning", "guides/fine tuning"),
        ],
      },
      {
        // Position from the folder's number prefix; `collapsible: false` keeps it open.
        type: "category",
        label: "API reference",
        slug: "reference/overview",
        collapsed: false,
        // The `link` doc opens the category and is not repeated; positioned docs come before the others.
        items: [doc("API", "reference/api"), doc("Beta", "start-here")],
      },
      {
        // README is the index page: it opens the category, gives its label (sidebar_label) and position (5).
        type: "category",
        label: "Tutorial",
        slug: "tutorial",
        collapsed: true,
        items: [
          // Without positions, files and folders are ordered by name.
          {
            type: "category",
            label: "Advanced",
            slug: "tutorial/advanced",
            collapsed: true,
            items: [doc("Tips", "tutorial/advanced/tips")],
          },
          doc("Basics", "tutorial/basics"),
        ],
      },
      // The bad `_category_.yaml` is ignored: the category is the folder.
      { type: "category", label: "Broken", slug: null, collapsed: true, items: [doc("Thing", "broken/thing")] },
    ]);
  });

  it("reads the folder name without its prefix as a label, drops empty categories, and honours link: null", async () => {
    const tree = await writeTree({
      "10-first-steps/b.md": "# B",
      "10-first-steps/a.md": "# A",
      "2-later/index.md": "# Later",
      "2-later/_category_.json": JSON.stringify({ link: null }),
      "only-hidden/x.md": "---\nunlisted: true\n---\n# X",
    });
    try {
      const book = await readBook(tree.dir);
      expect(buildSidebar(book, titleFrom(book))).toEqual([
        // link: null turns the index-doc convention off, so index.md is an ordinary item.
        { type: "category", label: "Later", slug: null, collapsed: true, items: [doc("Later", "later")] },
        {
          type: "category",
          label: "First steps",
          slug: null,
          collapsed: true,
          items: [doc("A", "first-steps/a"), doc("B", "first-steps/b")],
        },
      ]);
    } finally {
      await tree.dispose();
    }
  });
});

describe("sidebarOrder", () => {
  it("lists every reachable page depth-first, each category's own page before its items", async () => {
    const book = await readBook(docusaurusBookDocs);
    const order = sidebarOrder(buildSidebar(book, titleFrom(book)));
    expect(order.map((link) => link.slug)).toEqual([
      "",
      "intro",
      "category/user-guides",
      "guides/install",
      "guides/configure",
      "guides/fine tuning",
      "reference/overview",
      "reference/api",
      "start-here",
      "tutorial",
      "tutorial/advanced",
      "tutorial/advanced/tips",
      "tutorial/basics",
      "broken/thing",
    ]);
    expect(order[2]).toEqual({ slug: "category/user-guides", label: "User guides" });
  });

  it("lists a page linked from two places once", () => {
    const order = sidebarOrder([
      { type: "category", label: "A", slug: "x", collapsed: true, items: [doc("X again", "x"), doc("Y", "y")] },
    ]);
    expect(order).toEqual([
      { slug: "x", label: "A" },
      { slug: "y", label: "Y" },
    ]);
  });
});
