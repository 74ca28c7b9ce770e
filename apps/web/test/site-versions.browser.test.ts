import { dirname } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { sharedCorpus } from "./support/shared-corpora";
import { seriousViolations, shoot, WebApp } from "./support/web-app";

interface Citation {
  url: string;
}

/**
 * The Docusaurus website as it is (SITE_DIR): versions.json lists ten versions, the corpus ships
 * 3.8.1 (the last, at /docs) and 3.7.0 beside the unreleased docs folder (Next, at /docs/next).
 */
const corpus = sharedCorpus("docusaurus-website");

describe.runIf(findChromium() !== undefined && corpus.docsDir !== undefined)("a Docusaurus site's versions", () => {
  const app = new WebApp({ SITE_DIR: dirname(corpus.docsDir ?? "") });

  beforeAll(() => app.start(), 240_000);
  afterEach(async () => {
    await app.closeContexts();
    expect(app.pageErrors.splice(0)).toEqual([]);
  });
  afterAll(() => app.stop());

  const versionButton = (page: Page) => page.getByTestId("version-menu").getByRole("button");
  const chooseVersion = async (page: Page, label: string) => {
    await versionButton(page).click();
    await page.getByTestId("version-menu").getByRole("link", { name: label, exact: true }).click();
  };
  const heading = (page: Page) => page.getByTestId("doc-article").locator("h1").first();

  it("reports the versions it could not read and reads the three it has", async () => {
    expect(app.server.output()).toContain("versions.json lists 3.6.3, but");
    const response = await fetch(`${app.url}/trpc/docs.book`);
    const book: { result: { data: { title: string; versions: Array<{ name: string; path: string }> } } } =
      await response.json();
    expect(book.result.data.title).toBe("Docusaurus");
    expect(book.result.data.versions.map(({ name, path }) => ({ name, path }))).toEqual([
      { name: "current", path: "next" },
      { name: "3.8.1", path: "" },
      { name: "3.7.0", path: "3.7.0" },
    ]);
  });

  it("serves the last version at /docs with its badge and no banner, and keeps the reader on the page across versions", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/installation");
    await heading(page).waitFor();
    expect(await versionButton(page).textContent()).toContain("3.8.1");
    expect(await page.getByTestId("version-badge").textContent()).toBe("Version: 3.8.1");
    expect(await page.getByTestId("version-banner").count()).toBe(0);

    await chooseVersion(page, "3.7.0");
    await page.waitForURL("**/docs/3.7.0/installation");
    const banner = page.getByTestId("version-banner");
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/no longer actively maintained/);
    expect(await banner.getByRole("link").getAttribute("href")).toBe("/docs/installation");
    expect(await page.getByTestId("version-badge").textContent()).toBe("Version: 3.7.0");
    // The sidebar is 3.7.0's own (versioned_sidebars), its links within 3.7.0.
    const sidebarLinks = await page
      .getByTestId("sidebar")
      .locator("a.sidebar-link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(sidebarLinks.length).toBeGreaterThan(10);
    expect(sidebarLinks.every((href) => href.startsWith("/docs/3.7.0"))).toBe(true);
    await shoot(page, "versions-unmaintained");

    await chooseVersion(page, "Next");
    await page.waitForURL("**/docs/next/installation");
    await page
      .getByTestId("version-banner")
      .filter({ hasText: /unreleased documentation/ })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("takes the reader to a version's first page when it does not have the page", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    // Added in 3.8: 3.7.0 has no such page.
    await page.goto("/docs/api/plugins/@docusaurus/plugin-css-cascade-layers");
    await heading(page).waitFor();
    await chooseVersion(page, "3.7.0");
    await page.waitForURL(/\/docs\/3\.7\.0$/);
    await heading(page).waitFor();
  });

  it("answers from the version being read, and cites pages of that version only", async () => {
    const ask = async (version?: string): Promise<Citation[]> => {
      const input = JSON.stringify({ question: "How do I install Docusaurus?", ...(version ? { version } : {}) });
      const response = await fetch(`${app.url}/trpc/rag.query?input=${encodeURIComponent(input)}`);
      const body: { result: { data: { citations: Citation[] } } } = await response.json();
      return body.result.data.citations;
    };
    const old = await ask("3.7.0");
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((citation) => citation.url.startsWith("/docs/3.7.0"))).toBe(true);
    const last = await ask();
    expect(last.every((citation) => !/^\/docs\/(?:3\.7\.0|next)(?:\/|$)/.test(citation.url))).toBe(true);

    // The reader sends the version of the page being read.
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    const sent: unknown[] = [];
    page.on("request", (request) => {
      if (request.url().includes("rag.ask")) sent.push(decodeURIComponent(request.url()));
    });
    await page.goto("/docs/3.7.0/installation");
    await heading(page).waitFor();
    await page.locator("header").getByRole("link", { name: "Assistant" }).click();
    await page.getByLabel("Your question").fill("How do I install Docusaurus?");
    await page.keyboard.press("Enter");
    const citation = page.getByTestId("turn").first().getByTestId("citation").first();
    await citation.waitFor();
    expect(sent.join(" ")).toContain('"version":"3.7.0"');
    expect(await citation.locator("a").first().getAttribute("href")).toMatch(/^\/docs\/3\.7\.0/);
  });
});
