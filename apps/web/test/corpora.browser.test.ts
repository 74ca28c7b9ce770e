import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { median, timeToFirstResult } from "./support/search-timing";
import { sharedCorpus } from "./support/shared-corpora";
import { screenshotsDir, selectInArticle, seriousViolations, shoot, WebApp } from "./support/web-app";

const committedImages = join(import.meta.dirname, "..", "..", "..", "docs", "images");

interface SearchEntry {
  slug: string;
  page: string;
  heading?: { text: string; id: string };
}

/** The book's pages as the quick-search index lists them (one tRPC call, no batching). */
async function bookPages(app: WebApp): Promise<SearchEntry[]> {
  const response = await fetch(`${app.url}/trpc/docs.searchIndex`);
  const body: { result: { data: SearchEntry[] } } = await response.json();
  return body.result.data;
}

/** A page with headings whose title matches, else the first page with any. */
function pickPage(entries: SearchEntry[], title: RegExp): SearchEntry {
  const withHeadings = entries.filter((entry) => entry.heading !== undefined);
  const page = withHeadings.find((entry) => title.test(entry.page)) ?? withHeadings[0] ?? entries[0];
  if (page === undefined) throw new Error("the book has no pages");
  return page;
}

const CORPORA = [
  { corpus: sharedCorpus("trpc-docs"), title: /^quickstart$/i },
  { corpus: sharedCorpus("docusaurus-website"), title: /^installation$/i },
];

for (const { corpus, title } of CORPORA) {
  describe.runIf(findChromium() !== undefined && corpus.docsDir !== undefined)(`the reader on ${corpus.name}`, () => {
    const app = new WebApp({
      DOCS_DIR: corpus.docsDir ?? "",
      ...(corpus.staticDir === undefined ? {} : { DOCS_STATIC_DIR: corpus.staticDir }),
    });
    let target: SearchEntry;

    beforeAll(async () => {
      await app.start();
      const entries = await bookPages(app);
      target = pickPage(entries, title);
      const bytes = JSON.stringify(entries).length;
      const gzipped = gzipSync(JSON.stringify(entries)).length;
      console.log(
        `${corpus.name}: quick-search index of ${entries.length} entries, ${bytes} bytes of JSON (${gzipped} gzipped)`,
      );
    });
    afterEach(async () => {
      await app.closeContexts();
      expect(app.pageErrors.splice(0)).toEqual([]);
    });
    afterAll(() => app.stop());

    const open = async (page: Page) => {
      await page.goto(target.slug === "" ? "/docs" : `/docs/${target.slug}`);
      await page.getByTestId("doc-article").locator("h1, h2").first().waitFor();
    };

    for (const scheme of ["light", "dark"] as const) {
      const viewport = scheme === "light" ? { width: 1280, height: 900 } : { width: 360, height: 740 };
      it(`has no serious or critical axe violations (${scheme}, ${viewport.width} px)`, async () => {
        const page = await app.newPage({ viewport, colorScheme: scheme });
        await open(page);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await shoot(page, `reader-${corpus.name}-${scheme}`);
      });
    }

    it("answers a selection beside the page (the README's reader screenshot, on the tRPC book)", async () => {
      const page = await app.newPage({ viewport: { width: 1280, height: 800 } });
      await open(page);
      const selected = await selectInArticle(page, "p");
      expect(selected.length).toBeGreaterThan(20);
      await page.getByRole("button", { name: /Ask about this/ }).click();
      const panel = page.getByTestId("selection-panel");
      await panel.locator(".answer-text").waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      const name = `reader-${corpus.name}-ask`;
      await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
      if (process.env.UPDATE_SCREENSHOTS === "true" && corpus.name === "trpc-docs") {
        mkdirSync(committedImages, { recursive: true });
        copyFileSync(join(screenshotsDir, `${name}.png`), join(committedImages, "reader.png"));
      }
    });

    it("shows the page's headings in the on-page contents, and quick search opens one", async () => {
      const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
      await open(page);
      const heading = target.heading;
      if (heading === undefined) throw new Error(`${target.page} has no heading`);
      await page.getByTestId("page-toc").getByRole("link", { name: heading.text, exact: true }).first().waitFor();
      await page.keyboard.press("Control+k");
      const search = page.getByRole("dialog", { name: "Search the book" });
      // The index arrives once (prefetched when idle, or on opening); then each keystroke is timed.
      await search.getByRole("combobox").fill("a");
      await search.getByRole("option").first().waitFor();
      // Time to first result over a real book's index, from the first words of its headings.
      const queries = (await bookPages(app))
        .flatMap((entry) => (entry.heading === undefined ? [] : [entry.heading.text.slice(0, 5)]))
        .filter((query) => /^[A-Za-z]{5}$/.test(query))
        .slice(0, 10);
      const times = await timeToFirstResult(page, queries);
      console.log(
        `${corpus.name}: quick search, time to first result (median of ${times.length}) ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
      );
      // Timings are printed, never asserted: a loaded machine must not fail a test (see docs/performance.md).
      expect(times.length).toBeGreaterThan(0);
      await search.getByRole("combobox").fill(heading.text);
      // Several pages can have a heading of that text: choose the one on this page.
      await search
        .getByRole("option")
        .filter({ hasText: heading.text })
        .filter({ hasText: target.page })
        .first()
        .click();
      await page.waitForURL((url) => decodeURIComponent(url.hash) === `#${heading.id}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(heading.id);
    });
  });
}
