import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Book, readBook } from "../src/site/read-book";
import { createLinkResolver, type LinkResolver } from "../src/site/resolve-links";
import { docusaurusBook, docusaurusBookDocs, writeTree } from "../src/testing/book-fixture";

const docs = docusaurusBookDocs;
const staticDir = join(docusaurusBook, "static");

const headings = new Map<string, ReadonlySet<string>>([
  ["intro.md", new Set(["audience"])],
  ["02-guides/01-install.md", new Set(["reqs"])],
  ["02-guides/02-configure.mdx", new Set(["options"])],
]);

describe("createLinkResolver", () => {
  let book: Book;
  let links: LinkResolver;
  beforeAll(async () => {
    book = await readBook(docs);
    links = createLinkResolver(book, (sourcePath) => headings.get(sourcePath));
  });

  const page = (href: string) => ({ kind: "page", href });
  const unresolved = (reason: RegExp) => ({ kind: "unresolved", reason: expect.stringMatching(reason) });

  it.each([
    ["intro.md", "./02-guides/01-install.md", "/docs/guides/install"],
    ["intro.md", "02-guides/02-configure.mdx#options", "/docs/guides/configure#options"],
    ["02-guides/01-install.md", "../intro.md#audience", "/docs/intro#audience"],
    ["02-guides/01-install.md", "./02-configure.mdx", "/docs/guides/configure"],
    // A bare path is tried next to the file, then from the docs root, as Docusaurus does.
    ["03-reference/api.md", "intro.md", "/docs/intro"],
    ["03-reference/api.md", "02-guides/01-install.md", "/docs/guides/install"],
    // `/x.md` is from the docs root; `@site/…` from the site folder.
    ["03-reference/api.md", "/02-guides/01-install.md#reqs", "/docs/guides/install#reqs"],
    ["03-reference/api.md", "@site/docs/intro.md", "/docs/intro"],
    // Percent-encoded file names.
    ["intro.md", "./02-guides/03-fine%20tuning.md", "/docs/guides/fine%20tuning"],
  ])("resolves the file link %s → %s", (from, href, expected) => {
    expect(links.resolveLink(from, href)).toEqual(page(expected));
  });

  it.each([
    ["/docs/guides/install", "/docs/guides/install"],
    ["/docs/guides/install/", "/docs/guides/install"],
    ["/docs/guides/install#reqs", "/docs/guides/install#reqs"],
    ["/docs/guides/install?tab=npm#reqs", "/docs/guides/install?tab=npm#reqs"],
    ["/docs/guides/fine%20tuning", "/docs/guides/fine%20tuning"],
    ["/docs/", "/docs/"],
    ["/docs", "/docs/"],
    // A generated index page.
    ["/docs/category/user-guides", "/docs/category/user-guides"],
    // An absolute front matter slug, linked without /docs as routeBasePath "/" sites do.
    ["/start-here", "/docs/start-here"],
  ])("resolves the site route %s", (href, expected) => {
    expect(links.resolveLink("intro.md", href)).toEqual(page(expected));
  });

  it.each([
    // Relative routes, read as the browser reads them on the page's URL.
    ["02-guides/02-configure.mdx", "install", "/docs/guides/install"],
    ["02-guides/02-configure.mdx", "./install#reqs", "/docs/guides/install#reqs"],
    ["02-guides/02-configure.mdx", "../tutorial/advanced/", "/docs/tutorial/advanced"],
    // A folder, as a path from the file: its index page.
    ["intro.md", "./04-tutorial", "/docs/tutorial"],
    ["intro.md", "04-tutorial/advanced/", "/docs/tutorial/advanced"],
    // A path to a page without its extension.
    ["intro.md", "./03-reference/api", "/docs/reference/api"],
  ])("resolves the relative link %s → %s", (from, href, expected) => {
    expect(links.resolveLink(from, href)).toEqual(page(expected));
  });

  it("resolves #id on the same page and checks it", () => {
    expect(links.resolveLink("02-guides/01-install.md", "#reqs")).toEqual(page("/docs/guides/install#reqs"));
    expect(links.resolveLink("02-guides/01-install.md", "#nope")).toEqual({
      ...page("/docs/guides/install"),
      problem: expect.stringMatching(/no heading with the id "nope"/),
    });
  });

  it("links to the page, and says why, when a heading id is not on the target page", () => {
    expect(links.resolveLink("intro.md", "./02-guides/01-install.md#requirements")).toEqual({
      ...page("/docs/guides/install"),
      problem: expect.stringMatching(/02-guides\/01-install\.md has no heading with the id "requirements"/),
    });
    expect(links.resolveLink("intro.md", "/docs/intro#who")).toEqual({
      ...page("/docs/intro"),
      problem: expect.stringMatching(/"who"/),
    });
    // A heading id that needed encoding is compared decoded.
    expect(links.resolveLink("intro.md", "/docs/intro#%E2%9C%93")).toEqual({
      ...page("/docs/intro"),
      problem: expect.stringMatching(/"✓"/),
    });
  });

  it("trusts the fragment when the target's headings are not known", () => {
    expect(links.resolveLink("intro.md", "/docs/reference/api#anything")).toEqual(page("/docs/reference/api#anything"));
  });

  it.each([
    ["https://example.com/a?b#c"],
    ["http://example.com"],
    ["mailto:team@example.com"],
    ["//cdn.example.com/lib.js"],
  ])("keeps %s as an external link", (href) => {
    expect(links.resolveLink("intro.md", href)).toEqual({ kind: "external", href });
  });

  it("resolves links to files as assets", () => {
    expect(links.resolveLink("02-guides/01-install.md", "./manual.pdf")).toEqual({
      kind: "asset",
      absolutePath: join(docs, "02-guides", "manual.pdf"),
    });
    expect(links.resolveLink("intro.md", "/files/guide.pdf")).toEqual({
      kind: "asset",
      absolutePath: join(staticDir, "files", "guide.pdf"),
    });
    expect(links.resolveLink("intro.md", "pathname:///pure.html")).toEqual({
      kind: "asset",
      absolutePath: join(staticDir, "pure.html"),
    });
    // Served as /pure by static hosts.
    expect(links.resolveLink("intro.md", "pathname:///pure")).toEqual({
      kind: "asset",
      absolutePath: join(staticDir, "pure.html"),
    });
    expect(links.resolveLink("intro.md", "@site/static/files/guide.pdf")).toEqual({
      kind: "asset",
      absolutePath: join(staticDir, "files", "guide.pdf"),
    });
  });

  it.each([
    ["intro.md", "./nowhere.md", /no page is the file \.\/nowhere\.md/],
    ["intro.md", "./02-guides/draft-notes.md", /no page is the file/],
    ["intro.md", "./02-guides/_shared.mdx", /02-guides\/_shared\.mdx is a partial/],
    ["intro.md", "/docs/nowhere", /no page of the book is at \/docs\/nowhere/],
    ["intro.md", "/docs/category/guides", /no page of the book is at/],
    ["intro.md", "/blog", /\/blog is a site page outside this book/],
    ["intro.md", "/", /\/ is a site page outside this book/],
    ["intro.md", "pathname:///sitemap.xml", /\/sitemap\.xml is not in the static folder/],
    ["intro.md", "/files/missing.pdf", /\/files\/missing\.pdf is not in the static folder/],
    ["02-guides/01-install.md", "./missing.pdf", /neither a page nor a file is at \.\/missing\.pdf/],
    ["intro.md", "not-a-page", /neither a page nor a file is at not-a-page/],
    ["intro.md", "../../../../../etc/passwd.txt", /neither a page nor a file/],
    ["intro.md", "", /no target/],
  ])("leaves %s → %s unresolved", (from, href, reason) => {
    expect(links.resolveLink(from, href)).toEqual(unresolved(reason));
  });

  it("points other site pages at the published site when its URL is known", () => {
    const withSite = createLinkResolver(book, (sourcePath) => headings.get(sourcePath), {
      siteUrl: "https://example.com/",
    });
    expect(withSite.resolveLink("intro.md", "/blog")).toEqual({ kind: "external", href: "https://example.com/blog" });
    expect(withSite.resolveLink("intro.md", "/showcase?tags=favorite#top")).toEqual({
      kind: "external",
      href: "https://example.com/showcase?tags=favorite#top",
    });
    // Book pages stay in the book, also when written as full URLs of the published docs.
    expect(withSite.resolveLink("intro.md", "/docs/intro")).toEqual(page("/docs/intro"));
    expect(withSite.resolveLink("intro.md", "https://example.com/docs/guides/install#reqs")).toEqual(
      page("/docs/guides/install#reqs"),
    );
    expect(withSite.resolveLink("intro.md", "https://example.com/docs/gone")).toEqual({
      kind: "external",
      href: "https://example.com/docs/gone",
    });
    expect(withSite.resolveLink("intro.md", "https://example.com/docsearch")).toEqual({
      kind: "external",
      href: "https://example.com/docsearch",
    });
  });
});

describe("resolveAsset", () => {
  let links: LinkResolver;
  beforeAll(async () => {
    links = createLinkResolver(await readBook(docs), () => undefined);
  });

  const file = (...path: string[]) => ({ kind: "file", absolutePath: join(...path) });

  it.each([
    ["./diagram.png", file(docs, "02-guides", "diagram.png")],
    ["diagram.png", file(docs, "02-guides", "diagram.png")],
    ["./my%20diagram.png", file(docs, "02-guides", "my diagram.png")],
    ["../02-guides/diagram.png?raw#x", file(docs, "02-guides", "diagram.png")],
    ["/img/logo.png", file(staticDir, "img", "logo.png")],
    ["/img/logo.png#gh-dark-mode-only", file(staticDir, "img", "logo.png")],
    ["@site/static/img/logo.png", file(staticDir, "img", "logo.png")],
    ["@site/docs/02-guides/diagram.png", file(docs, "02-guides", "diagram.png")],
    ["pathname:///img/logo.png", file(staticDir, "img", "logo.png")],
  ])("finds %s", (src, expected) => {
    expect(links.resolveAsset("02-guides/01-install.md", src)).toEqual(expected);
  });

  it.each([["https://example.com/a.png"], ["//cdn.example.com/a.png"], ["data:image/png;base64,iVBORw0KGgo="]])(
    "keeps %s external",
    (src) => {
      expect(links.resolveAsset("intro.md", src)).toEqual({ kind: "external", href: src });
    },
  );

  it.each([
    ["./missing.png", /the file \.\/missing\.png is not there/],
    ["/img/missing.png", /the file \/img\/missing\.png is not there/],
    ["", /no source/],
  ])("reports %s as missing", (src, reason) => {
    expect(links.resolveAsset("02-guides/01-install.md", src)).toEqual({
      kind: "missing",
      reason: expect.stringMatching(reason),
    });
  });

  it.each([["../../../../../../etc/passwd"], ["../../package.json"], ["@site/.env"], ["@site/sidebars.js"]])(
    "refuses %s, outside the docs and static folders",
    (src) => {
      expect(links.resolveAsset("02-guides/01-install.md", src)).toEqual({
        kind: "refused",
        reason: expect.stringMatching(/outside the docs and static folders/),
      });
    },
  );

  it("reports site-absolute images as missing when the site has no static folder", async () => {
    const tree = await writeTree({ "docs/a.md": "# A", "docs/b.png": "png" });
    try {
      const bare = createLinkResolver(await readBook(join(tree.dir, "docs")), () => undefined);
      expect(bare.resolveAsset("a.md", "/img/x.png")).toEqual({
        kind: "missing",
        reason: expect.stringMatching(/the site has no static folder/),
      });
      expect(bare.resolveAsset("a.md", "./b.png")).toEqual(file(tree.dir, "docs", "b.png"));
    } finally {
      await tree.dispose();
    }
  });
});
