import { tmpdir } from "node:os";
import { join } from "node:path";
import { insertOnlyVersion } from "@pagewise/db/testing";
import { prepareDatabase } from "@pagewise/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { WebApp } from "./support/web-app";

const ARTICLE_TEXT = "Served with the page itself, this paragraph is there before any script runs.";
const SLUG = "guides/first-load";

interface RootSnapshot {
  text: string;
  /** What any loading indicator in the app said. */
  loading: string[];
  /** Where the article's box starts (left edge, px), and whether the header and sidebar are drawn. */
  articleLeft: number | undefined;
  header: boolean;
  sidebar: boolean;
  /** Whether the stylesheet has loaded: before it, nothing is painted (it blocks rendering). */
  styled: boolean;
  /** Whether it is still the server's copy, not yet the SPA's render. */
  prerendered: boolean;
}

declare global {
  interface Window {
    pwRootSnapshots?: RootSnapshot[];
  }
}

describe.runIf(findChromium() !== undefined)("the first load of a page of the book", () => {
  // No DOCS_DIR to index: the book is the rows written below, whatever the ingest of the day does.
  const app = new WebApp({ DOCS_DIR: join(tmpdir(), "pagewise-first-load-no-docs") });
  beforeAll(async () => {
    await prepareDatabase(`pglite:${app.dataDir}`, async (db) => {
      await db
        .insertInto("document")
        .values([
          {
            slug: SLUG,
            title: "First load",
            source_path: "guides/first-load.md",
            content_hash: "first-load",
            html: `<h1>First load</h1><h2 id="why">Why<a class="hash-link" href="#why" aria-label="Direct link to Why"></a></h2><p>${ARTICLE_TEXT}</p>`,
            description: "How the first page arrives.",
          },
        ])
        .execute();
      await db.insertInto("book").values({ id: 1, title: "Test book" }).execute();
      await insertOnlyVersion(db, [{ type: "doc", label: "First load", slug: SLUG }]);
    });
    await app.start();
  }, 120_000);
  afterAll(() => app.stop());

  it("renders the page the server sent with no loading state and no request for its data", async () => {
    const page = await app.newPage();
    const trpcPaths: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/trpc/")) trpcPaths.push(decodeURIComponent(url.pathname));
    });
    // Every change to the page, from the first parsed byte: what #root showed each time.
    await page.addInitScript(() => {
      const snapshots: RootSnapshot[] = [];
      window.pwRootSnapshots = snapshots;
      new MutationObserver(() => {
        const root = document.getElementById("root");
        if (root === null) return;
        const loading = [...root.querySelectorAll('[role="status"], [aria-busy="true"]')]
          .map((element) => element.textContent ?? "")
          .filter((text) => /loading/i.test(text));
        const article = root.querySelector("article.doc-article");
        snapshots.push({
          text: root.textContent ?? "",
          loading,
          articleLeft: article?.getBoundingClientRect().left,
          header: root.querySelector("header.site-header") !== null,
          sidebar: root.querySelector("nav.reader-sidebar .sidebar-link") !== null,
          styled: document.styleSheets.length > 0,
          prerendered: root.querySelector(".pw-prerender") !== null,
        });
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });

    const response = await page.goto(`/docs/${SLUG}`);
    expect(response?.status()).toBe(200);
    // The SPA's render replaces the server's copy of the article with its own.
    await page.locator(".pw-prerender").waitFor({ state: "detached" });
    await page.locator("article.doc-article").getByText(ARTICLE_TEXT).waitFor();
    await page.waitForLoadState("networkidle");

    const snapshots = (await page.evaluate(() => window.pwRootSnapshots)) ?? [];
    const firstWithArticle = snapshots.findIndex((snapshot) => snapshot.text.includes(ARTICLE_TEXT));
    expect(firstWithArticle).toBeGreaterThanOrEqual(0);
    // From the server's HTML to React's render, the article never leaves the page and nothing says "Loading".
    const after = snapshots.slice(firstWithArticle);
    expect(after.filter((snapshot) => !snapshot.text.includes(ARTICLE_TEXT))).toEqual([]);
    expect(snapshots.flatMap((snapshot) => snapshot.loading)).toEqual([]);

    // The header and sidebar are there from the first paint, and the article does not move sideways
    // when the SPA takes over (the server sends the reader's frame with it).
    const withArticle = after.filter((snapshot) => snapshot.styled && snapshot.articleLeft !== undefined);
    expect(withArticle.every((snapshot) => snapshot.header && snapshot.sidebar)).toBe(true);
    expect(new Set(withArticle.map((snapshot) => snapshot.prerendered))).toEqual(new Set([true, false]));
    expect(new Set(withArticle.map((snapshot) => Math.round(snapshot.articleLeft ?? 0))).size).toBe(1);

    expect(trpcPaths.filter((path) => /docs\.(get|list|book)/.test(path))).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it("gives a book without a sidebar (sidebarPath: false) the whole width, as Docusaurus does", async () => {
    // The embedded database has one owner at a time: the server stops while the book is changed.
    await app.stopServer();
    await prepareDatabase(`pglite:${app.dataDir}`, async (db) => {
      await db.updateTable("book_version").set({ sidebar: "[]" }).execute();
    });
    await app.restartServer();
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`/docs/${SLUG}`);
    await page.locator(".pw-prerender").waitFor({ state: "detached" });
    const article = page.locator("article.doc-article");
    await article.getByText(ARTICLE_TEXT).waitFor();
    expect(await page.locator("nav.reader-sidebar").count()).toBe(0);
    expect(await page.getByText("The book has no pages yet.").count()).toBe(0);
    const box = await article.boundingBox();
    expect(box?.x ?? 0).toBeLessThan(100);
  });
});
