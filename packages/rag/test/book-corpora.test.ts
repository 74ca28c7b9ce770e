import type { SidebarItem } from "@pagewise/book";
import { buildSidebar, createLinkResolver, readBook, sidebarOrder } from "@pagewise/book";
import { titleFrom } from "@pagewise/book/testing";
import { describe, expect, it } from "vitest";
import { locateDocusaurusCorpus, locateTrpcCorpus } from "../src/eval/locate-corpus";

// Real Docusaurus trees nobody here wrote, read in place beside the repository (never copied into it).
const corpora = [
  { name: "tRPC docs", located: locateTrpcCorpus(import.meta.dirname), minPages: 80 },
  { name: "Docusaurus website docs", located: locateDocusaurusCorpus(import.meta.dirname), minPages: 85 },
];
for (const { name, located } of corpora) {
  if (located.dir !== undefined) continue;
  if (process.env.CI === "true") throw new Error(`CI needs the ${name} corpus: ${located.reason}.`);
  console.warn(`Skipping the ${name} book tests: ${located.reason}.`);
}

function sidebarSlugs(items: SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === "doc") return [item.slug];
    if (item.type !== "category") return [];
    return [...(item.slug === null ? [] : [item.slug]), ...sidebarSlugs(item.items)];
  });
}

function sidebarLabels(items: SidebarItem[]): string[] {
  return items.flatMap((item) =>
    item.type === "html" ? [] : [item.label, ...(item.type === "category" ? sidebarLabels(item.items) : [])],
  );
}

describe.each(corpora)("the $name as a book", ({ located, minPages }) => {
  it.skipIf(located.dir === undefined)("reads every page, each at its own URL", async () => {
    const book = await readBook(located.dir ?? "", {
      staticDir: "staticDir" in located ? located.staticDir : undefined,
    });
    expect(book.skipped).toEqual([]);
    expect(book.pages.length).toBeGreaterThanOrEqual(minPages);
    expect(new Set(book.pages.map((page) => page.slug)).size).toBe(book.pages.length);
    expect(book.warnings).toEqual([]);
  });

  it.skipIf(located.dir === undefined)("puts every listed page in the sidebar once, under real labels", async () => {
    const book = await readBook(located.dir ?? "", {
      staticDir: "staticDir" in located ? located.staticDir : undefined,
    });
    const sidebar = buildSidebar(book, titleFrom(book));
    const listed = book.pages.filter((page) => !page.frontMatter.unlisted).map((page) => page.slug);
    const generated = book.generatedIndexes.map((index) => index.slug);
    expect(sidebarSlugs(sidebar).sort()).toEqual([...listed, ...generated].sort());
    for (const label of sidebarLabels(sidebar)) {
      expect(label.trim()).not.toBe("");
      expect(label).not.toMatch(/\.mdx?$|^\d+-/);
    }
    expect(sidebarOrder(sidebar)).toHaveLength(listed.length + generated.length);
  });

  it.skipIf(located.dir === undefined)("resolves the links between its pages", async () => {
    const book = await readBook(located.dir ?? "", {
      staticDir: "staticDir" in located ? located.staticDir : undefined,
    });
    const links = createLinkResolver(book, () => undefined);
    const unresolved: string[] = [];
    let checked = 0;
    for (const page of book.pages) {
      // Links outside fenced code examples; a rough cut that is enough to exercise the resolver on real text.
      const prose = page.body.replace(/^ *(`{3,}|~{3,})[\s\S]*?^ *\1 *$/gm, "").replace(/`[^`\n]*`/g, "");
      for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const href = match[1] ?? "";
        if (/^[a-z]+:/i.test(href) || !/\.mdx?(?:#|$)|^\/docs\//.test(href)) continue;
        checked += 1;
        const target = links.resolveLink(page.sourcePath, href);
        if (target.kind !== "page") unresolved.push(`${page.sourcePath}: ${href}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    // Docs links written on purpose to show broken or example syntax.
    expect(unresolved.filter((line) => !KNOWN_BROKEN.some((known) => line.endsWith(known)))).toEqual([]);
  });
});

/** Links the corpora themselves leave dangling (examples of link syntax, pages outside the copied docs). */
const KNOWN_BROKEN = [
  // tRPC: a link into versioned docs that are not part of the current docs folder.
  "../../../../versioned_docs/version-9.x/nextjs/introduction.md#4-create-trpc-hooks",
  // Docusaurus: a generated index defined in the website's sidebars.ts, which is not part of the corpus.
  "/docs/category/guides",
];
