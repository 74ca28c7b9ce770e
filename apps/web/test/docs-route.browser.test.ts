import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { WebApp } from "./support/web-app";

/** A small Docusaurus site whose config sets the docs plugin's routeBasePath. */
function writeSite(routeBasePath: string): string {
  const dir = mkdtempSync(join(tmpdir(), "pagewise-route-"));
  const files: Record<string, string> = {
    "docusaurus.config.js": `module.exports = { title: 'Route Book', presets: [['classic', { docs: { routeBasePath: '${routeBasePath}' } }]] };`,
    "docs/intro.md": "---\nsidebar_position: 1\n---\n# Intro\n\nRead [the setup](./setup.md) next.\n",
    "docs/setup.md": "---\nsidebar_position: 2\n---\n# Setup\n\nRun it.\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const heading = (page: Page) => page.getByTestId("doc-article").locator("h1").first();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

function useSiteApp(routeBasePath: string): WebApp {
  const siteDir = writeSite(routeBasePath);
  const app = new WebApp({ SITE_DIR: siteDir });
  beforeAll(() => app.start(), 120_000);
  afterEach(async () => {
    await app.closeContexts();
    expect(app.pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await app.stop();
    rmSync(siteDir, { recursive: true, force: true });
  });
  return app;
}

describe.runIf(findChromium() !== undefined)("a site whose docs are at routeBasePath 'guides'", () => {
  const app = useSiteApp("guides");

  it("reads the book at /guides/…: links in the article and the menu stay there, and /docs/… moves there", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/guides/intro");
    await expect.poll(() => heading(page).textContent()).toBe("Intro");

    await page.getByTestId("doc-article").getByRole("link", { name: "the setup" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Setup");
    expect(pathOf(page)).toBe("/guides/setup");

    await mainNav(page).getByRole("link", { name: "Docs" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Intro");
    expect(pathOf(page)).toBe("/guides/intro");

    await page.goto("/docs/setup");
    await expect.poll(() => heading(page).textContent()).toBe("Setup");
    expect(pathOf(page)).toBe("/guides/setup");
  });
});

describe.runIf(findChromium() !== undefined)("a site whose docs are its root (routeBasePath '/')", () => {
  const app = useSiteApp("/");

  it("opens the book at /, keeps the app's pages, and moves the assistant to /assistant", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto("/");
    await expect.poll(() => heading(page).textContent()).toBe("Intro");
    expect(pathOf(page)).toBe("/intro");

    await page.getByTestId("doc-article").getByRole("link", { name: "the setup" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Setup");
    expect(pathOf(page)).toBe("/setup");

    await mainNav(page).getByRole("link", { name: "Assistant" }).click();
    await page.getByRole("heading", { name: /^Ask / }).waitFor();
    expect(pathOf(page)).toBe("/assistant");

    await page.reload();
    await page.getByRole("heading", { name: /^Ask / }).waitFor();
    await mainNav(page).getByRole("link", { name: "Docs" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Intro");
    expect(pathOf(page)).toBe("/intro");

    await page.goto("/sign-in");
    await page.locator("main form button[type=submit]").waitFor();
    expect(pathOf(page)).toBe("/sign-in");
  });
});
