import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { locateSiteBook, SiteDirError } from "../src/site/locate-site-book";
import { readBook } from "../src/site/read-book";
import { writeTree } from "../src/testing/book-fixture";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

async function site(files: Record<string, string>): Promise<string> {
  const tree = await writeTree(files);
  dispose = tree.dispose;
  return tree.dir;
}

describe("locateSiteBook", () => {
  it("finds the docs folder, static folder and published URL the config names", async () => {
    const dir = await site({
      "docusaurus.config.js": `module.exports = {
  url: 'https://acme.dev', baseUrl: '/handbook/',
  presets: [['classic', { docs: { path: 'content/guides', routeBasePath: 'guides', exclude: ['**/wip/**'] } }]],
};`,
      "content/guides/intro.md": "# Intro\n",
    });
    const book = await locateSiteBook(dir);
    expect(book).toEqual({
      siteDir: dir,
      docsDir: join(dir, "content/guides"),
      staticDir: join(dir, "static"),
      siteUrl: "https://acme.dev/handbook",
      docsRoute: "/guides",
      versions: [
        {
          name: "current",
          label: "Next",
          path: "",
          banner: null,
          badge: false,
          isLast: true,
          docsDir: join(dir, "content/guides"),
          sidebarsPath: undefined,
        },
      ],
      notes: [],
    });
  });

  it("serves the docs where routeBasePath says, as Docusaurus reads it, and refuses a value that is no plain path", async () => {
    const cases: [string, string][] = [
      ["", "/docs"],
      ["routeBasePath: '/',", ""],
      ["routeBasePath: '/docs/',", "/docs"],
      ["routeBasePath: 'guides/v2',", "/guides/v2"],
    ];
    for (const [setting, route] of cases) {
      const dir = await site({
        "docusaurus.config.js": `module.exports = { presets: [['classic', { docs: { ${setting} } }]] };`,
      });
      expect((await locateSiteBook(dir)).docsRoute, setting).toBe(route);
      await dispose?.();
    }
    const dir = await site({
      "docusaurus.config.js":
        "module.exports = { presets: [['classic', { docs: { routeBasePath: '/a/../%2e%2e' } }]] };",
    });
    const book = await locateSiteBook(dir);
    expect(book.docsRoute).toBe("/docs");
    expect(book.notes).toEqual([
      `${join(dir, "docusaurus.config.js")}: routeBasePath "/a/../%2e%2e" is not a plain URL path (".."): the reader serves the docs under /docs.`,
    ]);
  });

  it("uses Docusaurus's defaults for what the config does not write out, and says so", async () => {
    const dir = await site({
      "docusaurus.config.ts": "export default { title: 'X', presets: [['classic', { docs: { path: docsPath() } }]] };",
    });
    const book = await locateSiteBook(dir);
    expect(book.docsDir).toBe(join(dir, "docs"));
    expect(book.siteUrl).toBeUndefined();
    expect(book.notes).toEqual([
      `${join(dir, "docusaurus.config.ts")}: presets[0][1].docs.path: a call to docsPath(): not written literally, so not read.`,
    ]);
  });

  it("refuses a folder without a config, and a site that turns its docs off", async () => {
    const empty = await site({ "README.md": "# Not a site\n" });
    await expect(locateSiteBook(empty)).rejects.toThrow(SiteDirError);
    await expect(locateSiteBook(empty)).rejects.toThrow(/holds no readable docusaurus\.config\.ts/);
    const noDocs = await site({
      "docusaurus.config.js": "module.exports = { presets: [['classic', { docs: false }]] };",
    });
    await expect(locateSiteBook(noDocs)).rejects.toThrow(/turns the docs plugin off/);
  });
});

describe("the sidebars file a config names", () => {
  const pages = { "docs/a.md": "# A\n", "docs/b.md": "# B\n", "sidebars.js": "module.exports = { s: ['b', 'a'] };" };

  it("is the config's sidebarPath, whatever its name; `false` means no sidebars file", async () => {
    const named = await site({
      ...pages,
      "docusaurus.config.js":
        "module.exports = { presets: [['classic', { docs: { sidebarPath: require.resolve('./nav.json') } }]] };",
      "nav.json": '{ "main": ["a", "b"] }',
    });
    const book = await readBook(join(named, "docs"));
    expect(book.sidebarsFile).toEqual({ path: join(named, "nav.json"), value: { main: ["a", "b"] }, skipped: [] });
    await dispose?.();

    const off = await site({
      ...pages,
      "docusaurus.config.js": "module.exports = { presets: [['classic', { docs: { sidebarPath: false } }]] };",
    });
    expect((await readBook(join(off, "docs"))).sidebarsFile).toBeUndefined();
  });

  it("is not read when it lies outside the site", async () => {
    const dir = await site({
      "outside/sidebars.js": "module.exports = { s: ['a'] };",
      "site/docs/a.md": "# A\n",
      "site/docusaurus.config.js":
        "module.exports = { presets: [['classic', { docs: { sidebarPath: '../outside/sidebars.js' } }]] };",
    });
    const book = await readBook(join(dir, "site/docs"), { siteDir: join(dir, "site") });
    expect(book.sidebarsFile).toEqual({
      path: join(dir, "outside/sidebars.js"),
      error: "not read: not a regular UTF-8 file inside the site, or over 1 MB",
    });
  });
});

describe("the docs plugin's include and exclude", () => {
  it("keep the pages they select, and partials stay partials", async () => {
    const dir = await site({
      "docusaurus.config.js":
        "module.exports = { presets: [['classic', { docs: { include: ['**/*.md'], exclude: ['**/wip/**'] } }]] };",
      "docs/intro.md": "# Intro\n",
      "docs/page.mdx": "# Not included: .mdx\n",
      "docs/wip/draft.md": "# Excluded\n",
      "docs/guides/setup.md": "# Setup\n",
      "docs/_shared.md": "Included by pages.\n",
    });
    const book = await readBook(join(dir, "docs"));
    expect(book.pages.map((page) => page.sourcePath)).toEqual(["guides/setup.md", "intro.md"]);
    expect([...book.partials.keys()]).toEqual([join(dir, "docs/_shared.md")]);
  });
});
