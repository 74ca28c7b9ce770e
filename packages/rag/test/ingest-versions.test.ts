import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { locateSiteBook } from "@pagewise/book";
import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerQuestion,
  type IngestSummary,
  ingestDirectory,
  readBookInfo,
  readDocument,
  readSidebars,
  relatedPassages,
  resolveVersion,
  searchIndex,
} from "../src";

const HOOKS_1 =
  "# Hooks\n\nUse the legacy `useWidget` hook to read a widget's state in version one.\n\nSee [setup](./setup.md).\n";
const HOOKS_2 =
  "# Hooks\n\nUse the `useGadget` hook to read a gadget's state; it replaced useWidget.\n\nSee [setup](/docs/setup).\n";
/** The same in every version: parsed once. */
const SETUP = "# Setup\n\nInstall the package with your package manager, then import it.\n";

/** A Docusaurus site with versions 2.0 (last) and 1.0 beside the unreleased docs folder. */
const site = {
  "docusaurus.config.js": `module.exports = {
  title: 'Gizmo', url: 'https://gizmo.dev', baseUrl: '/',
  presets: [['classic', { docs: { editUrl: 'https://github.com/acme/gizmo/edit/main/website/' } }]],
};`,
  "versions.json": JSON.stringify(["2.0", "1.0"]),
  "docs/intro.md": "---\nslug: /\n---\n# Gizmo next\n\nThe unreleased gizmo docs.\n",
  "docs/setup.md": SETUP,
  "docs/hooks.md": HOOKS_2,
  "versioned_docs/version-2.0/intro.md": "---\nslug: /\n---\n# Gizmo 2\n\nThe gizmo docs for 2.0.\n",
  "versioned_docs/version-2.0/setup.md": SETUP,
  "versioned_docs/version-2.0/hooks.md": HOOKS_2,
  "versioned_sidebars/version-2.0-sidebars.json": JSON.stringify({ docs: ["intro", "hooks", "setup"] }),
  "versioned_docs/version-1.0/intro.md": "---\nslug: /\n---\n# Gizmo 1\n\nThe gizmo docs for 1.0.\n",
  "versioned_docs/version-1.0/setup.md": SETUP,
  "versioned_docs/version-1.0/hooks.md": HOOKS_1,
};

describe.each(testDrivers())("a site with versions on %s", (driver) => {
  let database: TestDatabase;
  let tree: Awaited<ReturnType<typeof writeTree>>;
  let summary: IngestSummary;

  const ingest = async () => {
    const located = await locateSiteBook(tree.dir);
    return ingestDirectory(database.db, located.docsDir, {
      siteDir: located.siteDir,
      versions: located.versions,
      siteUrl: located.siteUrl,
    });
  };

  beforeAll(async () => {
    [database, tree] = await Promise.all([createTestDatabase(driver), writeTree(site)]);
    summary = await ingest();
  });
  afterAll(async () => {
    await database?.dispose();
    await tree?.dispose();
  });

  it("ingests every version as a book of its own, its slugs under its path, and parses shared pages once", async () => {
    expect(summary).toMatchObject({ added: 9, skipped: [], failed: [], versions: ["current", "2.0", "1.0"] });
    // setup.md in all three, hooks.md in current and 2.0.
    expect(summary.sharedParses).toBe(3);
    const rows = await database.db
      .selectFrom("document")
      .select(["version", "slug"])
      .orderBy("version")
      .orderBy("slug")
      .execute();
    expect(rows).toEqual([
      { version: "1.0", slug: "1.0" },
      { version: "1.0", slug: "1.0/hooks" },
      { version: "1.0", slug: "1.0/setup" },
      { version: "2.0", slug: "" },
      { version: "2.0", slug: "hooks" },
      { version: "2.0", slug: "setup" },
      { version: "current", slug: "next" },
      { version: "current", slug: "next/hooks" },
      { version: "current", slug: "next/setup" },
    ]);
  });

  it("lists the versions in menu order with their labels, banners and homes", async () => {
    const book = await readBookInfo(database.db);
    expect(book.homeSlug).toBe("");
    expect(book.versions).toEqual([
      {
        name: "current",
        label: "Next",
        path: "next",
        banner: "unreleased",
        badge: true,
        isLast: false,
        homeSlug: "next",
      },
      { name: "2.0", label: "2.0", path: "", banner: null, badge: true, isLast: true, homeSlug: "" },
      { name: "1.0", label: "1.0", path: "1.0", banner: "unmaintained", badge: true, isLast: false, homeSlug: "1.0" },
    ]);
  });

  it("gives each page its version, its edit link in its version's folder, and the same page in the other versions", async () => {
    const page = await readDocument(database.db, "1.0/hooks");
    expect(page).toMatchObject({
      version: "1.0",
      editUrl: "https://github.com/acme/gizmo/edit/main/website/versioned_docs/version-1.0/hooks.md",
    });
    expect(page?.alternates).toEqual(
      expect.arrayContaining([
        { version: "current", slug: "next/hooks" },
        { version: "2.0", slug: "hooks" },
      ]),
    );
    // Links stay within the version: a file link, and a `/docs/x` route written when x was at /docs.
    expect(page?.html).toContain('href="/docs/1.0/setup"');
    expect((await readDocument(database.db, "next/hooks"))?.html).toContain('href="/docs/next/setup"');
  });

  it("keeps each version's sidebar: its own sidebars file, else autogenerated", async () => {
    const last = await readSidebars(database.db, "2.0");
    expect(last[0]?.items.map((item) => (item.type === "doc" ? item.slug : item.type))).toEqual(["", "hooks", "setup"]);
    const old = await readSidebars(database.db, "1.0");
    expect(
      old.flatMap((sidebar) => sidebar.items).map((item) => (item.type === "doc" ? item.slug : item.type)),
    ).toEqual(expect.arrayContaining(["1.0", "1.0/hooks", "1.0/setup"]));
    expect(await readSidebars(database.db)).toEqual(last);
    expect((await searchIndex(database.db, "1.0")).every((entry) => entry.slug.startsWith("1.0"))).toBe(true);
  });

  it("answers from the version asked about, and from the last one by default", async () => {
    const old = await answerQuestion(database.db, "how do I read a widget's state with useWidget", {
      version: "1.0",
    });
    expect(old.answered).toBe(true);
    expect(old.citations.map((citation) => citation.url)).toEqual(["/docs/1.0/hooks"]);
    const byDefault = await answerQuestion(database.db, "how do I read a gadget's state with useGadget");
    expect(byDefault.citations.map((citation) => citation.url)).toContain("/docs/hooks");
    expect(byDefault.citations.every((citation) => !citation.url.startsWith("/docs/next/"))).toBe(true);
    const related = await relatedPassages(database.db, "Install the package with your package manager", {
      source: "setup.md",
      version: "1.0",
    });
    expect(related.citations.every((citation) => citation.url.startsWith("/docs/1.0"))).toBe(true);
  });

  it("resolves version names, the last one by default, and nothing for a version the site does not have", async () => {
    expect(await resolveVersion(database.db, undefined)).toBe("2.0");
    expect(await resolveVersion(database.db, "1.0")).toBe("1.0");
    expect(await resolveVersion(database.db, "9.9")).toBeUndefined();
  });

  it("re-ingests incrementally per version, and drops a version the site no longer lists", async () => {
    await writeFile(
      join(tree.dir, "versioned_docs/version-1.0/intro.md"),
      "---\nslug: /\n---\n# Gizmo 1\n\nThe gizmo docs for 1.0, fixed.\n",
    );
    const again = await ingest();
    expect(again).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 8 });

    await writeFile(join(tree.dir, "versions.json"), JSON.stringify(["2.0"]));
    await rm(join(tree.dir, "versioned_docs/version-1.0"), { recursive: true });
    const dropped = await ingest();
    expect(dropped).toMatchObject({ added: 0, updated: 0, removed: 3, unchanged: 6, versions: ["current", "2.0"] });
    expect((await readBookInfo(database.db)).versions.map((version) => version.name)).toEqual(["current", "2.0"]);
    expect(await readDocument(database.db, "1.0/hooks")).toBeUndefined();
  });
});
