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

/** A real reader's question and the page a developer would accept an answer from. */
interface RealQuestion {
  question: string;
  page: string;
  /** The lead quotes code: it must be shown as the reader shows it (highlighted, with a copy button). */
  code?: boolean;
}

/**
 * A quick-search query a docs search answers on the book, and the result it must show among its
 * first `within`: a heading (with the title of its page) or, with no heading, the page itself.
 */
interface QuickSearch {
  query: string;
  page: string;
  heading?: string;
  path: string;
  within: number;
}

/**
 * Five questions a reader of each book asks, answered with no LLM: the answer
 * must be given (not refused) and lead with the page that answers it, its lead
 * quoted as the page shows it. Taken from the evaluation sets
 * (packages/rag/src/eval, and each book's questions.json); the off-topic
 * questions, one near the book's subject and one far from it, must be refused.
 */
const CORPORA: {
  corpus: ReturnType<typeof sharedCorpus>;
  title: RegExp;
  questions: RealQuestion[];
  offTopic: { near: string; far: string };
  /** A page whose `$…$` and `$$…$$` formulas must be typeset, when the book has one. */
  formulas?: string;
  /** A page whose ```mermaid blocks must be drawn, and how many it has. */
  diagrams?: { path: string; count: number };
  /**
   * For a book whose site wrote its sidebars by hand: a page, the sidebar's first entries beside it
   * in the file's order, an entry of another sidebar that must not show, and the page after it.
   */
  sidebar?: { path: string; first: string[]; notShown?: string; next: string };
  /** Queries whose words are the book's, not letter for letter (other forms, not every word, no order). */
  search?: QuickSearch[];
}[] = [
  {
    corpus: sharedCorpus("trpc-docs"),
    title: /^quickstart$/i,
    questions: [
      { question: "How do I send cookies with cross-origin requests?", page: "/docs/client/cors", code: true },
      { question: "How do I invalidate cached queries after a mutation?", page: "/docs/client/react/useUtils" },
      { question: "How do I throw a NOT_FOUND error from a procedure?", page: "/docs/server/error-handling" },
      {
        question: "How do I call a procedure directly on the server with createCaller?",
        page: "/docs/server/server-side-calls",
      },
      { question: "Can the client automatically retry failed requests?", page: "/docs/client/links/retryLink" },
    ],
    offTopic: {
      near: "How do I generate a gRPC client from a .proto file?",
      far: "How do I deploy a Django app to Heroku?",
    },
    search: [
      {
        query: "batch requests",
        page: "HTTP Batch Link",
        heading: "Disabling request batching",
        path: "/docs/client/links/httpBatchLink#disabling-request-batching",
        within: 3,
      },
      {
        query: "authentication",
        page: "WebSockets",
        heading: "Authentication / connection params",
        path: "/docs/server/websockets#connectionParams",
        within: 3,
      },
    ],
  },
  {
    corpus: sharedCorpus("docusaurus-website"),
    title: /^installation$/i,
    questions: [
      { question: "How do I deploy my site to GitHub Pages?", page: "/docs/deployment" },
      {
        question: "How do I add a tip or warning callout box in Markdown?",
        page: "/docs/markdown-features/admonitions",
      },
      { question: "How do I delete an old docs version?", page: "/docs/versioning" },
      { question: "Does the blog have an RSS feed?", page: "/docs/blog" },
      {
        question: "How do I add Google Analytics 4 to my site?",
        page: "/docs/api/plugins/@docusaurus/plugin-google-analytics",
      },
    ],
    offTopic: {
      near: "Can I write my pages with Svelte components?",
      far: "How do I build an Android app with Kotlin?",
    },
    formulas: "/docs/markdown-features/math-equations",
    diagrams: { path: "/docs/markdown-features/diagrams", count: 2 },
    // sidebars.ts has two sidebars: `docs`, and `api`, which lists the CLI page.
    sidebar: { path: "/docs/cli", first: ["CLI", "Client API"], notShown: "Getting Started", next: "Client API" },
    search: [{ query: "search bar", page: "Search", path: "/docs/search", within: 1 }],
  },
  {
    corpus: sharedCorpus("prettier-docs"),
    title: /^options$/i,
    questions: [
      {
        question: "do i still need eslint if i'm using prettier or does it replace it completely",
        page: "/docs/integrating-with-linters",
      },
      {
        question: "how do i set up husky + lint-staged so every commit gets formatted? what goes in package.json",
        page: "/docs/precommit",
        code: true,
      },
      {
        question:
          "how do I make prettier leave my build/ and coverage/ folders alone when running `prettier --write .`",
        page: "/docs/ignore",
        code: true,
      },
      { question: "how do I get prettier to format .php files?", page: "/docs/plugins" },
      { question: "neovim + ALE: how do I make it run prettier on the file every time i save?", page: "/docs/vim" },
    ],
    offTopic: {
      near: "vs code: how do i turn off the minimap and the sticky scroll header?",
      far: "how long should i rest a steak after grilling",
    },
    sidebar: { path: "/docs/options", first: ["About", "Usage", "Configuring Prettier"], next: "Configuration File" },
    search: [
      {
        query: "ignore files",
        page: "Ignoring Code",
        heading: "Ignoring Files: .prettierignore",
        path: "/docs/ignore#ignoring-files-prettierignore",
        within: 1,
      },
    ],
  },
  {
    corpus: sharedCorpus("babel-docs"),
    title: /^options$/i,
    questions: [
      {
        question:
          "how do i get preset-env to print which transforms and polyfills it turned on and which of my browsers needed each one?",
        page: "/docs/babel-preset-env",
      },
      {
        question:
          "`npx babel src --out-dir lib` just says `Successfully compiled 0 files with Babel (9ms).` — src is all .ts/.tsx and preset-typescript is in babel.config.json",
        page: "/docs/babel-cli",
        code: true,
      },
      {
        question:
          "preact project: how do i get JSX compiled to `h(...)` calls and `<>...</>` to `Fragment` instead of React.createElement?",
        page: "/docs/babel-plugin-transform-react-jsx",
      },
      {
        question:
          "how do I try the `|>` operator with babel? what does the config need, it keeps complaining about a topic token",
        page: "/docs/babel-plugin-proposal-pipeline-operator",
        code: true,
      },
      {
        question:
          "our crash reporter can't read .map files, so stack traces point at the wrong rows of the built code. can the output keep each statement on the same line number it had in the original file?",
        page: "/docs/options",
      },
    ],
    offTopic: {
      near: "webpack 5 splitChunks: how do i put everything from node_modules into one vendors chunk?",
      far: "how do i get a red wine stain out of a light carpet",
    },
    // sidebars.js names pages by their front matter ids, not their file names.
    sidebar: { path: "/docs/options", first: ["Guides", "Config Reference", "Presets"], next: "Plugins" },
    search: [
      { query: "source maps", page: "Options", heading: "sourceMaps", path: "/docs/options#sourcemaps", within: 3 },
    ],
  },
];

for (const { corpus, title, questions, offTopic, formulas, diagrams, sidebar, search } of CORPORA) {
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

    // Only books that have them get these tests: a test that would skip is not defined.
    if (formulas !== undefined)
      it("typesets the book's formulas, which fit a 360 px screen", async () => {
        for (const scheme of ["light", "dark"] as const) {
          const viewport = scheme === "light" ? { width: 1280, height: 900 } : { width: 360, height: 740 };
          const page = await app.newPage({ viewport, colorScheme: scheme });
          await page.goto(formulas);
          const article = page.getByTestId("doc-article");
          const display = article.locator(".math-display math").first();
          await display.waitFor();
          await display.scrollIntoViewIfNeeded();
          await shoot(page, `formulas-${corpus.name}-${scheme}`);
          expect(await article.locator(".math-inline math").count()).toBeGreaterThanOrEqual(5);
          // Laid out as mathematics, not as a line of text: the display integral is taller than a line,
          // and its upper limit sits above its lower one.
          const box = await display.boundingBox();
          expect(box?.height ?? 0).toBeGreaterThan(30);
          const limits = await display
            .locator("msubsup > *")
            .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().top));
          expect(limits).toHaveLength(3);
          const [, below = 0, above = 0] = limits;
          expect(above).toBeLessThan(below);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        }
      });

    if (sidebar !== undefined)
      it("shows the sidebar the site wrote, the one that lists the page, and pages on in its order", async () => {
        const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(sidebar.path);
        const nav = page.getByTestId("sidebar");
        await nav.locator(".sidebar-link, .sidebar-category-label").first().waitFor();
        const labels = await nav
          .locator(":scope > ul > li")
          .evaluateAll((items) =>
            items.map(
              (item) => item.querySelector(".sidebar-link, .sidebar-category-label")?.textContent?.trim() ?? "",
            ),
          );
        expect(labels.slice(0, sidebar.first.length)).toEqual(sidebar.first);
        if (sidebar.notShown !== undefined) expect(labels).not.toContain(sidebar.notShown);
        await expect
          .poll(() =>
            page
              .getByRole("navigation", { name: "Previous and next pages" })
              .locator("[rel=next] .pager-label")
              .textContent(),
          )
          .toBe(sidebar.next);
        await shoot(page, `sidebar-${corpus.name}`);
      });

    if (diagrams !== undefined)
      it("draws the book's Mermaid diagrams", async () => {
        const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(diagrams.path);
        const article = page.getByTestId("doc-article");
        await expect
          .poll(() => article.locator(".mermaid-diagram, .mermaid-error").count(), { timeout: 20_000 })
          .toBe(diagrams.count);
        expect(await article.locator(".mermaid-error").allTextContents()).toEqual([]);
        expect(await article.locator(".mermaid-diagram svg").count()).toBe(diagrams.count);
        await article.locator(".mermaid-diagram").first().scrollIntoViewIfNeeded();
        await shoot(page, `diagrams-${corpus.name}`);
      });

    if (search !== undefined)
      it("quick search ranks the book's pages and headings by their words, as a docs search does", async () => {
        const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
        await open(page);
        for (const { query, page: title, heading, path, within } of search) {
          await page.keyboard.press("Control+k");
          const dialog = page.getByRole("dialog", { name: "Search the book" });
          await dialog.getByRole("combobox").fill(query);
          // The last option asks the assistant: the results are the ones before it.
          await expect.poll(() => dialog.getByRole("option").count(), { message: query }).toBeGreaterThan(1);
          const shown = (await dialog.getByRole("option").allTextContents()).slice(0, -1);
          console.log(`${corpus.name}: quick search "${query}" → ${shown.join(" | ")}`);
          // A heading's option reads its text then its page's title; a page's, its title alone.
          const position = shown.indexOf(heading === undefined ? title : `${heading}${title}`);
          expect(position, `"${query}" shows ${shown.join(" | ")}`).toBeGreaterThanOrEqual(0);
          expect(position, `"${query}" shows ${shown.join(" | ")}`).toBeLessThan(within);
          await dialog.getByRole("option").nth(position).click();
          await page.waitForURL((url) => decodeURIComponent(url.pathname + url.hash) === path);
        }
      });

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

    it("answers five real questions with no LLM, each leading with the page that answers it", async () => {
      const page = await app.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto("/");
      for (const [index, { question, page: expected, code }] of questions.entries()) {
        await page.getByLabel(index === 0 ? "Your question" : "Ask a follow-up").fill(question);
        await page.keyboard.press("Enter");
        const answer = page.getByTestId("turn").nth(index).getByTestId("answer");
        await answer.getByTestId("answer-feedback").waitFor();
        expect(await answer.getAttribute("data-answered"), question).toBe("true");
        // The lead is source 1: its link goes to the page (any section of it).
        const lead = await answer.getByTestId("citation").first().getByRole("link").getAttribute("href");
        expect(decodeURIComponent(lead?.split("#")[0] ?? ""), question).toBe(expected);
        // Quoted as the page shows it: the reader's HTML, code highlighted with a copy button.
        const quoted = answer.getByTestId("answer-lead");
        expect(await quoted.count(), question).toBe(1);
        if (code) {
          const block = quoted.locator("figure.code-block").first();
          await block.waitFor();
          expect(await block.locator("pre[tabindex='0'] .code-line").count(), question).toBeGreaterThan(0);
          expect(await block.getByRole("button", { name: /^Copy/ }).count(), question).toBe(1);
        }
        await answer.screenshot({ path: join(screenshotsDir, `answer-${corpus.name}-${index + 1}.png`) });
      }
    });

    it("says plainly when the book does not cover a question, near its subject or far from it", async () => {
      const page = await app.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto("/");
      for (const [index, kind] of (["near", "far"] as const).entries()) {
        await page.getByLabel(index === 0 ? "Your question" : "Ask a follow-up").fill(offTopic[kind]);
        await page.keyboard.press("Enter");
        const answer = page.getByTestId("turn").nth(index).getByTestId("answer");
        await answer.getByTestId("answer-feedback").waitFor();
        expect(await answer.getAttribute("data-answered"), offTopic[kind]).toBe("false");
        await answer.getByText(/doesn't seem to cover/).waitFor();
        await answer.screenshot({ path: join(screenshotsDir, `answer-${corpus.name}-refused-${kind}.png`) });
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
