import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { siteHost } from "@pagewise/book/render";
import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory, readBookInfo } from "../src";
import { locateDocusaurusCorpus } from "../src/eval/locate-corpus";

const home = "---\ndescription: Notebooks that stay in sync.\n---\n\n# Welcome to Quillstack\n\nIt syncs.\n";

describe("the book's name", () => {
  let database: TestDatabase;
  const trees: Array<{ dispose(): Promise<void> }> = [];
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterEach(async () => {
    await Promise.all(trees.splice(0).map((tree) => tree.dispose()));
  });
  afterAll(() => database?.dispose());

  const ingestSite = async (files: Record<string, string>, docs = "docs", siteUrl?: string) => {
    const tree = await writeTree(files);
    trees.push(tree);
    await ingestDirectory(database.db, join(tree.dir, docs), { siteUrl });
    return readBookInfo(database.db);
  };

  it("is the site's title and tagline from its docusaurus.config, over the site URL", async () => {
    const config = `// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Quillstack',
  tagline: 'Your notes, everywhere',
  themeConfig: { navbar: { title: 'Quill' } },
};
module.exports = config;
`;
    const book = await ingestSite(
      { "website/docusaurus.config.js": config, "website/docs/index.md": home },
      "website/docs",
      "https://quillstack.dev/docs",
    );
    expect(book).toMatchObject({ title: "Quillstack", tagline: "Your notes, everywhere" });
  });

  it("takes the tagline from the home page when the config's is not a literal", async () => {
    const book = await ingestSite({
      "docusaurus.config.ts": "export default { title: 'Quillstack', tagline: translate('tagline') };\n",
      "docs/index.md": home,
    });
    expect(book).toMatchObject({ title: "Quillstack", tagline: "Notebooks that stay in sync." });
  });

  it("accepts a config in the docs folder itself, and looks no higher than the site", async () => {
    const inDocs = await ingestSite({
      "docs/docusaurus.config.mjs": "export default { title: 'In the docs folder' };\n",
      "docs/index.md": home,
    });
    expect(inDocs.title).toBe("In the docs folder");
    const above = await ingestSite(
      {
        "docusaurus.config.js": "module.exports = { title: 'Too far up' };\n",
        "site/docs/index.md": home,
      },
      "site/docs",
    );
    expect(above.title).toBe("Welcome to Quillstack");
  });

  it("is the site URL's host without a config, else the home page's title", async () => {
    expect(await ingestSite({ "docs/index.md": home }, "docs", "https://trpc.io/docs")).toMatchObject({
      title: "trpc.io",
      tagline: "Notebooks that stay in sync.",
    });
    expect(await ingestSite({ "docs/index.md": home })).toMatchObject({
      title: "Welcome to Quillstack",
      tagline: "Notebooks that stay in sync.",
    });
  });

  it("never runs the config: it is read as text", async () => {
    const marker = join(tmpdir(), `pagewise-config-ran-${process.pid}-${Date.now()}`);
    const sideEffects = [
      `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');`,
      `import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(`${marker}-esm`)}, 'x'));`,
      "throw new Error('the config was run');",
    ].join("\n");
    try {
      const cjs = await ingestSite({
        "docusaurus.config.js": `${sideEffects}\nmodule.exports = { title: 'Read, not run' };\n`,
        "docs/index.md": home,
      });
      const ts = await ingestSite({
        "docusaurus.config.ts": `import { writeFileSync } from 'node:fs';\n${sideEffects}\nexport default { title: 'Typed, not run' };\n`,
        "docs/index.md": home,
      });
      expect([cjs.title, ts.title]).toEqual(["Read, not run", "Typed, not run"]);
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(`${marker}-esm`)).toBe(false);
    } finally {
      await rm(marker, { force: true });
      await rm(`${marker}-esm`, { force: true });
    }
  });
});

describe("siteHost", () => {
  it("is the published site's host as a reader writes it", () => {
    expect(siteHost("https://trpc.io/docs")).toBe("trpc.io");
    expect(siteHost("http://localhost:3000/")).toBe("localhost:3000");
    expect(siteHost("https://xn--mnchen-3ya.de")).toBe("münchen.de");
    expect(siteHost("trpc.io")).toBeUndefined();
    expect(siteHost("ftp://example.com")).toBeUndefined();
    expect(siteHost(undefined)).toBeUndefined();
  });
});

// Docusaurus's own site: its config's title is inside `createConfigAsync()`, its tagline a call.
const corpus = locateDocusaurusCorpus(import.meta.dirname);
if (corpus.dir === undefined) {
  if (process.env.CI === "true") throw new Error(`CI needs the Docusaurus corpus: ${corpus.reason}.`);
  console.warn(`Skipping the Docusaurus book name test: ${corpus.reason}.`);
}

describe.skipIf(corpus.dir === undefined)("the Docusaurus website's book", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    if (corpus.dir !== undefined) await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
  }, 180_000);
  afterAll(() => database?.dispose());

  it("is named after the site's config, with the home page's description as its tagline", async () => {
    expect(await readBookInfo(database.db)).toMatchObject({
      title: "Docusaurus",
      tagline:
        "Docusaurus was designed from the ground up to be easily installed and used to get your website up and running quickly.",
    });
  });
});
