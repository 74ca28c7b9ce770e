import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocsDirectoryNotFoundError, readBook } from "../src/site/read-book";
import { docusaurusBook, docusaurusBookDocs, writeTree } from "../src/testing/book-fixture";

describe("readBook", () => {
  it("reads every page with its doc id, slug and position, leaving drafts and partials out", async () => {
    const book = await readBook(docusaurusBookDocs);
    expect(book.root).toBe(docusaurusBookDocs);
    expect(book.pages.map((page) => [page.sourcePath, page.docId, page.slug, page.position])).toEqual([
      ["02-guides/01-install.md", "guides/install", "guides/install", 1],
      ["02-guides/02-configure.mdx", "guides/configure", "guides/configure", 2],
      ["02-guides/03-fine tuning.md", "guides/fine tuning", "guides/fine tuning", 3],
      ["02-guides/secret.md", "guides/secret", "guides/secret", undefined],
      ["03-reference/api.md", "reference/api", "reference/api", 1],
      ["03-reference/beta.md", "reference/beta-features", "start-here", undefined],
      ["03-reference/overview.md", "reference/overview", "reference/overview", undefined],
      ["04-tutorial/README.md", "tutorial/README", "tutorial", 5],
      ["04-tutorial/advanced/advanced.md", "tutorial/advanced/advanced", "tutorial/advanced", undefined],
      ["04-tutorial/advanced/tips.md", "tutorial/advanced/tips", "tutorial/advanced/tips", undefined],
      ["04-tutorial/basics.md", "tutorial/basics", "tutorial/basics", undefined],
      ["broken/thing.md", "broken/thing", "broken/thing", undefined],
      ["index.md", "index", "", 0],
      ["intro.md", "intro", "intro", 1],
    ]);
    expect(book.skipped).toEqual([{ path: "bad-front-matter.md", reason: expect.stringMatching(/not valid YAML/) }]);
  });

  it("keeps the body after the front matter, where it starts, and the front matter fields", async () => {
    const book = await readBook(docusaurusBookDocs);
    const configure = book.pages.find((page) => page.sourcePath === "02-guides/02-configure.mdx");
    expect(configure?.body.startsWith("\nimport Shared from './_shared.mdx';")).toBe(true);
    expect(configure?.bodyStartLine).toBe(6);
    expect(configure?.frontMatter).toMatchObject({
      sidebarLabel: "Configure it",
      hideTitle: true,
      tocMaxHeadingLevel: 4,
    });
    const intro = book.pages.find((page) => page.sourcePath === "intro.md");
    expect(intro?.frontMatter).toMatchObject({
      description: "What this book is about.",
      keywords: ["intro", "overview"],
    });
    expect(book.pages.find((page) => page.sourcePath === "02-guides/secret.md")?.frontMatter.unlisted).toBe(true);
  });

  it("collects partials by absolute path for inlining", async () => {
    const book = await readBook(docusaurusBookDocs);
    expect([...book.partials.keys()].sort()).toEqual([
      join(docusaurusBookDocs, "02-guides", "_shared.mdx"),
      join(docusaurusBookDocs, "_partials", "_note.mdx"),
    ]);
    expect(book.partials.get(join(docusaurusBookDocs, "02-guides", "_shared.mdx"))).toContain("Shared text");
  });

  it("reads _category_ files (json, yml) and warns about a bad one", async () => {
    const book = await readBook(docusaurusBookDocs);
    expect(book.generatedIndexes).toEqual([
      {
        sourcePath: "02-guides/_category_.json",
        folder: "02-guides",
        slug: "category/user-guides",
        title: "User guides",
        description: "Every guide, one by one.",
      },
    ]);
    expect(book.categories.get("03-reference")).toMatchObject({
      label: "API reference",
      collapsible: false,
      link: { type: "doc", sourcePath: "03-reference/overview.md" },
    });
    expect(book.categories.has("broken")).toBe(false);
    expect(book.warnings).toEqual([
      { kind: "other", path: "broken/_category_.yaml", message: expect.stringMatching(/not valid YAML/) },
    ]);
  });

  it("finds the static folder beside the docs, or takes the one given", async () => {
    expect((await readBook(docusaurusBookDocs)).staticDir).toBe(join(docusaurusBook, "static"));
    expect((await readBook(docusaurusBookDocs, { staticDir: "/srv/assets" })).staticDir).toBe("/srv/assets");
    const tree = await writeTree({ "docs/a.md": "# A" });
    try {
      expect((await readBook(join(tree.dir, "docs"))).staticDir).toBeUndefined();
    } finally {
      await tree.dispose();
    }
  });

  it("throws DocsDirectoryNotFoundError for a folder that is not there", async () => {
    await expect(readBook(join(docusaurusBook, "nope"))).rejects.toBeInstanceOf(DocsDirectoryNotFoundError);
  });

  it("matches _category_ links like Docusaurus: full doc ids, drafts, missing ids, explicit slugs, link: null", async () => {
    const tree = await writeTree({
      "a/_category_.json": JSON.stringify({ link: { type: "doc", id: "b/target" } }),
      "a/one.md": "# One",
      "b/target.md": "# Target",
      "c/_category_.yml": "link:\n  type: doc\n  id: nowhere\n",
      "c/index.md": "# C",
      "d/_category_.yml": "link:\n  type: doc\n  id: wip\n",
      "d/wip.md": "---\ndraft: true\n---\n# WIP",
      "d/two.md": "# Two",
      "e/_category_.yml": "label: Extras\nlink:\n  type: generated-index\n  slug: /extras/all/\n  title: All extras\n",
      "e/three.md": "# Three",
      "f/_category_.json": JSON.stringify({ link: null }),
      "f/index.md": "# F",
      "g/_category_.json": JSON.stringify({ position: "first" }),
      "g/four.md": "# Four",
      "_category_.yml": "label: Root\n",
    });
    try {
      const book = await readBook(tree.dir);
      expect(book.categories.get("a")?.link).toEqual({ type: "doc", sourcePath: "b/target.md" });
      expect(book.categories.get("c")?.link).toBeUndefined();
      expect(book.categories.get("d")?.link).toBeNull();
      expect(book.categories.get("e")?.link).toEqual({ type: "generated-index", slug: "extras/all" });
      expect(book.generatedIndexes).toEqual([
        { sourcePath: "e/_category_.yml", folder: "e", slug: "extras/all", title: "All extras", description: null },
      ]);
      expect(book.categories.get("f")?.link).toBeNull();
      expect(book.categories.has("")).toBe(false);
      expect(book.warnings).toEqual([
        { kind: "other", path: "_category_.yml", message: expect.stringContaining("no effect") },
        { kind: "other", path: "c/_category_.yml", message: expect.stringContaining('doc id "nowhere"') },
        { kind: "other", path: "g/_category_.json", message: expect.stringContaining('"position"') },
      ]);
    } finally {
      await tree.dispose();
    }
  });

  it("warns about a doc id two pages share", async () => {
    const tree = await writeTree({ "a/x.md": "# X", "a/y.md": "---\nid: x\nslug: /why\n---\n" });
    try {
      const book = await readBook(tree.dir);
      expect(book.pages).toHaveLength(2);
      expect(book.warnings).toEqual([{ kind: "other", path: "a/y.md", message: expect.stringContaining('"a/x"') }]);
    } finally {
      await tree.dispose();
    }
  });

  it("skips a page whose URL another page already has", async () => {
    const tree = await writeTree({ "a.md": "---\nslug: /same\n---\n", "b.md": "---\nslug: /same\n---\n" });
    try {
      const book = await readBook(tree.dir);
      expect(book.pages.map((page) => page.sourcePath)).toEqual(["a.md"]);
      expect(book.skipped).toEqual([{ path: "b.md", reason: expect.stringContaining("/docs/same as a.md") }]);
    } finally {
      await tree.dispose();
    }
  });
});
