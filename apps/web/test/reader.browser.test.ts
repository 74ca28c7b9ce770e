import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { longNames } from "./fixtures/fixture-book";
import { findChromium } from "./support/browser";
import { seedFixtureBook } from "./support/seed-book";
import { screenshotsDir, seriousViolations, shoot, WebApp } from "./support/web-app";

const article = (page: Page) => page.getByTestId("doc-article");
const sidebar = (page: Page) => page.getByTestId("sidebar");
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/**
 * The reader against the fixture book (test/fixtures/fixture-book.ts), stored as an ingest stores
 * it: known HTML, so every behaviour has something exact to check.
 */
describe.runIf(findChromium() !== undefined)("the reader", () => {
  const app = new WebApp({ DOCS_DIR: join(import.meta.dirname, "no-docs-here") });

  beforeAll(async () => {
    await seedFixtureBook(app.dataDir);
    await app.start();
  });
  afterEach(async () => {
    await app.closeContexts();
    expect(app.pageErrors.splice(0)).toEqual([]);
  });
  afterAll(() => app.stop());

  it("names the tab and the header after the book", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    await article(page).locator("h1", { hasText: "Install" }).waitFor();
    await expect.poll(() => page.title()).toBe("Install · Fixture Book");
    expect(await page.locator("header .brand").textContent()).toBe("Fixture Book");
    expect(await page.getByTestId("health-status").count()).toBe(0);

    await page.goto("/");
    await page.getByRole("button", { name: "How do I install the fixture?" }).waitFor();
    expect(await page.locator("main h1").textContent()).toBe("Ask Fixture Book");
  });

  for (const scheme of ["light", "dark"] as const) {
    const viewport = scheme === "light" ? { width: 1280, height: 900 } : { width: 360, height: 740 };
    it(`has no serious or critical axe violations on a page of every kind of block (${scheme}, ${viewport.width} px)`, async () => {
      const page = await app.newPage({ viewport, colorScheme: scheme });
      await page.goto("/docs/guides/install");
      await article(page).locator("figure.code-block .copy-code").first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `reader-fixture-${scheme}`);
      await page.keyboard.press("Control+k");
      await page.getByRole("combobox").fill("install");
      await page.getByRole("option").first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it("follows the current page in the sidebar: expanded, marked and scrolled into view", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto("/docs/guides/install");
    const install = sidebar(page).getByRole("link", { name: "Install" });
    await expect.poll(() => install.getAttribute("aria-current")).toBe("page");
    // Guides is collapsed in the book, but holds the current page; Reference stays folded.
    expect(await sidebar(page).getByRole("button", { name: "Guides" }).getAttribute("aria-expanded")).toBe("true");
    const reference = sidebar(page).getByRole("button", { name: "Reference" });
    expect(await reference.getAttribute("aria-expanded")).toBe("false");
    expect(await sidebar(page).getByRole("link", { name: "API reference" }).count()).toBe(0);

    // Folding by hand.
    await sidebar(page).getByRole("button", { name: "Guides" }).click();
    expect(await install.isVisible()).toBe(false);
    await sidebar(page).getByRole("button", { name: "Guides" }).click();

    // A page at the bottom of a long sidebar: its category opens and the sidebar scrolls to it.
    await article(page).getByRole("link", { name: "the options" }).click();
    await page.waitForURL(/\/docs\/reference\/api#options$/);
    const api = sidebar(page).getByRole("link", { name: "API reference" });
    await expect.poll(() => api.getAttribute("aria-current")).toBe("page");
    expect(await reference.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => inside(page, '[data-testid=sidebar] [aria-current="page"]')).toBe(true);
    await shoot(page, "reader-sidebar-api");
  });

  it("lists the headings on the page and marks the one being read", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto("/docs/guides/install");
    const toc = page.getByTestId("page-toc");
    await toc.waitFor();
    expect(await toc.getByRole("link").allTextContents()).toEqual([
      "Requirements",
      "Add the package",
      "With a lockfile",
      "First server",
      "Next steps",
    ]);
    const current = () => toc.locator('[aria-current="location"]').textContent();
    await expect.poll(current).toBe("Requirements");
    await page
      .locator("h2#first-server")
      .evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 50));
    await expect.poll(current).toBe("First server");
    await toc.getByRole("link", { name: "With a lockfile" }).click();
    await page.waitForURL(/#with-a-lockfile$/);
    await expect.poll(current).toBe("With a lockfile");
  });

  it("shows every heading the page's toc levels keep, nested by depth as Docusaurus does", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto("/docs/reference/outline");
    const links = page.getByTestId("page-toc").getByRole("link");
    await links.first().waitFor();
    expect(await links.allTextContents()).toEqual([
      "Transport",
      "Links",
      "Retries",
      "Backoff",
      "Timeouts",
      "Errors",
      "Error codes",
    ]);
    // How many lists each entry sits in: an h4 right under an h2 is that h2's child.
    const nesting = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => {
        let lists = 0;
        for (let at = anchor.parentElement; at !== null && at.dataset.testid !== "page-toc"; at = at.parentElement) {
          if (at.tagName === "UL") lists += 1;
        }
        return lists;
      }),
    );
    expect(nesting).toEqual([1, 2, 3, 4, 3, 1, 2]);
    const left = async (name: string) => (await links.getByText(name, { exact: true }).boundingBox())?.x ?? 0;
    expect(await left("Links")).toBeGreaterThan(await left("Transport"));
    expect(await left("Retries")).toBeGreaterThan(await left("Links"));
    expect(await left("Backoff")).toBeGreaterThan(await left("Retries"));
    await links.getByText("Backoff", { exact: true }).click();
    await page.waitForURL(/#backoff$/);
    await expect.poll(() => activeId(page)).toBe("backoff");
  });

  it("offers a folded “On this page” above the article wherever the side contents do not fit", async () => {
    const page = await app.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto("/docs/guides/install");
    await article(page).locator("h1").waitFor();
    const toc = page.getByRole("navigation", { name: "On this page" });
    const toggle = toc.getByRole("button", { name: "On this page" });
    await toggle.waitFor();
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await toc.getByRole("link").count()).toBe(0);
    expect((await toggle.boundingBox())?.y ?? 0).toBeLessThan((await article(page).boundingBox())?.y ?? 0);

    // By keyboard: unfold it, Tab through its entries, follow one to its heading.
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await toc.getByRole("link").allTextContents()).toEqual([
      "Requirements",
      "Add the package",
      "With a lockfile",
      "First server",
      "Next steps",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "reader-toc-360");
    for (const name of ["Requirements", "Add the package", "With a lockfile"]) {
      await page.keyboard.press("Tab");
      expect(await activeText(page)).toBe(name);
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(/#with-a-lockfile$/);
    await expect.poll(() => activeId(page)).toBe("with-a-lockfile");
    // Space folds it again.
    await toggle.focus();
    await page.keyboard.press(" ");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");

    // Between the phone and the wide layout the side contents are still hidden: the folded one stays.
    await page.setViewportSize({ width: 1024, height: 800 });
    expect(await toggle.isVisible()).toBe(true);
    // Wide enough for the side contents: they replace it.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId("page-toc").waitFor();
    expect(await toggle.count()).toBe(0);
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ]) {
    it(`wraps long names, never cutting them off (${viewport.width} px)`, async () => {
      const page = await app.newPage({ viewport });
      await page.goto("/docs/plugins/server-caller");
      await article(page).locator("h1").waitFor();
      const phone = viewport.width < 600;
      if (phone) await page.getByRole("button", { name: "On this page" }).click();
      await page.getByRole("navigation", { name: "On this page" }).getByRole("link").first().waitFor();
      expect(
        await clipped(page, [
          "[data-testid=doc-article] h1",
          "nav[aria-label=Breadcrumbs] li",
          "[data-testid^=page-toc] a",
        ]),
      ).toEqual([]);
      expect(await page.getByRole("navigation", { name: "Breadcrumbs" }).textContent()).toBe(
        `${longNames.category}${longNames.title}`,
      );
      if (phone) {
        await page.getByRole("button", { name: "Contents" }).click();
        await page.getByTestId("sidebar-drawer").getByRole("link", { name: longNames.title }).waitFor();
      }
      expect(await clipped(page, ["nav[aria-label=Book] :is(a, .sidebar-category-label)"])).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `reader-long-names-${viewport.width}`);
    });
  }

  it("shows a category that holds only its own page as a link, with nothing to fold", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    const changelog = sidebar(page).getByRole("link", { name: "Changelog", exact: true });
    await changelog.waitFor();
    expect(await sidebar(page).getByRole("button", { name: "Changelog" }).count()).toBe(0);
    expect(await sidebar(page).locator("[aria-expanded]").filter({ hasText: "Changelog" }).count()).toBe(0);
    await changelog.click();
    await page.waitForURL(/\/docs\/changelog$/);
    await expect.poll(() => changelog.getAttribute("aria-current")).toBe("page");
    expect(await sidebar(page).getByRole("button", { name: "Changelog" }).count()).toBe(0);
  });

  it("goes to the previous and next pages in sidebar order, with breadcrumbs", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    const pager = page.getByRole("navigation", { name: "Previous and next pages" });
    await pager.waitFor();
    expect(await page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("listitem").allTextContents()).toEqual(
      ["Guides", "Install"],
    );
    await pager.getByRole("link", { name: /Next/ }).click();
    await page.waitForURL(/\/docs\/guides\/configure$/);
    await article(page).locator("h1", { hasText: "Configure" }).waitFor();
    await pager.getByRole("link", { name: /Previous/ }).click();
    await page.waitForURL(/\/docs\/guides\/install$/);
    await pager.getByRole("link", { name: /Previous/ }).click();
    await page.waitForURL((url) => url.pathname === "/docs");
    await article(page).locator("h1", { hasText: "Welcome" }).waitFor();
  });

  it("switches tabs by keyboard, keeps blocks of a group in step, and remembers the choice", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    const first = article(page).locator(".tabs").first();
    const second = article(page).locator(".tabs").nth(1);
    await first.getByRole("tab", { name: "npm", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await activeText(page)).toBe("Yarn");
    expect(await first.getByRole("tab", { name: "Yarn", exact: true }).getAttribute("aria-selected")).toBe("true");
    expect(await first.getByRole("tab", { name: "Yarn", exact: true }).getAttribute("tabindex")).toBe("0");
    expect(await first.getByRole("tab", { name: "npm", exact: true }).getAttribute("tabindex")).toBe("-1");
    expect(await first.getByRole("tabpanel").textContent()).toContain("yarn add fixture");
    // The other block of the same groupId follows.
    expect(await second.getByRole("tabpanel").textContent()).toContain("yarn install --immutable");

    await page.keyboard.press("End");
    expect(await activeText(page)).toBe("pnpm");
    await page.keyboard.press("ArrowRight");
    expect(await activeText(page)).toBe("npm");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    expect(await second.getByRole("tabpanel").textContent()).toContain("yarn install --immutable");

    await second.getByRole("tab", { name: "pnpm", exact: true }).click();
    expect(await first.getByRole("tabpanel").textContent()).toContain("pnpm add fixture");
    expect(await page.evaluate(() => localStorage.getItem("pw-tabs:pkg"))).toBe("pnpm");
    await page.reload();
    await expect
      .poll(() => article(page).locator(".tabs").first().getByRole("tabpanel").textContent())
      .toContain("pnpm add fixture");
  });

  it("shows a sidebars file's html and link items: text as written, another site in a new tab", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    await sidebar(page).locator(".sidebar-html strong", { hasText: "Elsewhere" }).waitFor();
    const link = sidebar(page).getByRole("link", { name: "Project site (opens in a new tab)" });
    expect(await link.getAttribute("href")).toBe("https://example.com/acme");
    expect(await link.getAttribute("target")).toBe("_blank");
  });

  it("links each page to its source in the site's repository, in a new tab", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    const edit = page.getByRole("link", { name: "Edit this page (opens in a new tab)" });
    await edit.waitFor();
    expect(await edit.getAttribute("href")).toBe("https://example.com/acme/site/edit/main/docs/guides/01-install.md");
    expect(await edit.getAttribute("target")).toBe("_blank");
    expect(await edit.getAttribute("rel")).toBe("noreferrer noopener");
  });

  it("opens the tab the address names (Docusaurus's queryString) and writes the reader's choice there", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install?pkg=yarn");
    const first = article(page).locator(".tabs").first();
    const second = article(page).locator(".tabs").nth(1);
    await expect.poll(() => first.getByRole("tabpanel").textContent()).toContain("yarn add fixture");
    // The address wins over a choice remembered from before, and the group follows it.
    expect(await second.getByRole("tabpanel").textContent()).toContain("yarn install --immutable");
    await second.getByRole("tab", { name: "pnpm", exact: true }).click();
    expect(new URL(page.url()).searchParams.get("pkg")).toBe("pnpm");
    expect(new URL(page.url()).pathname).toBe("/docs/guides/install");
    await page.reload();
    await expect.poll(() => first.getByRole("tabpanel").textContent()).toContain("pnpm add fixture");
  });

  it("copies a code block with its button and says so", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/docs/guides/install");
    const block = article(page).locator("figure.code-block", { hasText: "server.ts" });
    const copy = block.getByRole("button", { name: "Copy the code of server.ts" });
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("article-announcer").textContent()).toBe("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      'import { createServer } from "fixture";\n\nconst server = createServer();\nserver.listen(3000);',
    );
  });

  it("skips to the article, not the sidebar", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    await article(page).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(() => activeId(page)).toBe("pw-article");
    // The next Tab goes into the article (its first link or focusable), not back to the sidebar.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("article") !== null)).toBe(true);
  });

  it("puts the sidebar in a drawer at 360 px, keeps the header on one line", async () => {
    const page = await app.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto("/docs/guides/install");
    await article(page).locator("h1").waitFor();
    const header = await page.locator("header.site-header").boundingBox();
    expect(header?.height ?? 0).toBeLessThan(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const articleTop = (await article(page).boundingBox())?.y ?? 0;
    expect(articleTop).toBeLessThan(250);

    await page.screenshot({ path: join(screenshotsDir, "reader-360-top.png") });
    const open = page.getByRole("button", { name: "Contents" });
    await open.click();
    const drawer = page.getByTestId("sidebar-drawer");
    await drawer.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Install");
    expect((await article(page).boundingBox())?.y).toBe(articleTop);
    await shoot(page, "reader-drawer-360");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Contents$/);

    // A tap on the backdrop closes it too; choosing a page closes it and goes there.
    await open.click();
    await page.mouse.click(350, 400);
    await drawer.waitFor({ state: "hidden" });
    await open.click();
    await drawer.getByRole("link", { name: "Configure" }).click();
    await page.waitForURL(/\/docs\/guides\/configure$/);
    await drawer.waitFor({ state: "hidden" });

    // The header's links fold into a menu.
    await page.getByRole("button", { name: "Menu" }).click();
    await page.locator("header").getByRole("link", { name: "Assistant" }).waitFor();
    await page.keyboard.press("Escape");
    expect(await page.locator("header").getByRole("link", { name: "Assistant" }).isVisible()).toBe(false);
  });

  it("draws Mermaid blocks as diagrams, again in the other theme, and keeps one it cannot read as code", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    await page.goto("/docs/reference/diagrams");
    const diagram = article(page).locator(".mermaid-diagram svg");
    await diagram.waitFor();
    expect(await article(page).locator(".mermaid-diagram").count()).toBe(1);
    for (const label of ["Client", "Server", "Database"]) await diagram.getByText(label, { exact: true }).waitFor();
    // The drawn block's code gives way to its diagram; the unreadable one stays, with Mermaid's reason.
    const blocks = article(page).locator('figure.code-block[data-language="mermaid"]');
    expect(await blocks.nth(0).isHidden()).toBe(true);
    expect(await blocks.nth(1).isVisible()).toBe(true);
    expect(await article(page).locator(".mermaid-error").textContent()).toMatch(/^This diagram could not be drawn: /);
    expect(await page.locator("body > [id^='dpw-mermaid']").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "reader-diagrams-light");

    const nodeFill = () =>
      article(page)
        .locator(".mermaid-diagram .node")
        .first()
        .locator("rect, polygon, path")
        .first()
        .evaluate((shape) => getComputedStyle(shape).fill);
    const light = await nodeFill();
    await page.getByTestId("theme-toggle").click();
    await expect.poll(nodeFill).not.toBe(light);
    expect(await article(page).locator(".mermaid-diagram").count()).toBe(1);
    await shoot(page, "reader-diagrams-dark");
  });

  it("labels footnotes for screen readers only", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/reference/diagrams");
    const label = article(page).locator(".footnotes h2");
    await label.waitFor({ state: "attached" });
    expect((await label.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    expect(await article(page).getByRole("heading", { name: "Footnotes" }).count()).toBe(1);
    expect(await article(page).locator(".footnotes li").isVisible()).toBe(true);
  });

  it("switches the theme and remembers it", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    await page.goto("/docs/guides/install");
    await article(page).locator("h1").waitFor();
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body.parentElement ?? document.body).backgroundColor);
    const light = await background();
    const toggle = page.getByTestId("theme-toggle");
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    await article(page).locator("h1").waitFor();
    expect(await background()).toBe(dark);
    expect(await page.evaluate(() => localStorage.getItem("pw-theme"))).toBe("dark");
    await shoot(page, "reader-dark-toggle");
  });

  it("says on /status within 15 s that a stopped server is not answering", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/status");
    await expect.poll(() => page.getByTestId("health-status").textContent()).toBe("ok");
    await app.stopServer();
    const stopped = Date.now();
    try {
      await page
        .getByRole("alert")
        .filter({ hasText: /could not be reached|has not answered/ })
        .waitFor({ timeout: 15_000 });
      console.log(`/status reported the stopped server after ${((Date.now() - stopped) / 1000).toFixed(1)} s`);
    } finally {
      await app.restartServer();
    }
    await expect.poll(() => page.getByTestId("health-status").textContent(), { timeout: 15_000 }).toBe("ok");
  });

  it("keeps select → Ask about this working, the panel uncovered, and Escape closing it", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/docs/guides/install");
    await article(page).locator("p").first().waitFor();
    await page.evaluate(() => {
      const paragraph = document.querySelector("[data-testid=doc-article] p");
      const selection = window.getSelection();
      if (paragraph === null || selection === null) throw new Error("nothing to select");
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.getByRole("button", { name: /Ask about this/ }).click();
    const panel = page.getByTestId("selection-panel");
    await panel.waitFor();
    expect(await page.getByRole("button", { name: /Ask about this/ }).count()).toBe(0);
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
  });
});

function activeText(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.textContent);
}

/**
 * The text of each element matching `selectors` (those shown) that does not fit: its text runs past
 * the window or past the box of an element holding it (cut off, or spilling over its neighbours).
 */
function clipped(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((css) => {
    const cut: string[] = [];
    for (const element of document.querySelectorAll(css.join(", "))) {
      if (element.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      let left = 0;
      let right = document.documentElement.clientWidth;
      for (let at = element.parentElement; at !== null; at = at.parentElement) {
        const box = at.getBoundingClientRect();
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
      }
      if (text.left < left - 1 || text.right > right + 1) cut.push(element.textContent ?? "");
    }
    return cut;
  }, selectors);
}

/** Whether the element is wholly inside its scrolling sidebar's visible box. */
function inside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    const scroller = element?.closest("[data-sidebar-scroller]");
    if (!element || !scroller) return false;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= Math.min(view.bottom, window.innerHeight);
  }, selector);
}
