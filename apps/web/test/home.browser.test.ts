import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerProcess, startServerProcess } from "@pagewise/server/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium, launchChromium } from "./support/browser";

const screenshots = join(import.meta.dirname, "..", "test-results", "screenshots");

describe.runIf(findChromium() !== undefined)("the SPA in Chromium", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-browser-"));
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}` });
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("renders the server's health on /status, fetched through tRPC", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/status`);

    await expect.poll(() => page.getByTestId("health-status").textContent()).toMatch(/ok/i);
    expect(await page.getByTestId("health-driver").textContent()).toMatch(/pglite/i);
    expect(await page.getByTestId("health-database").textContent()).toMatch(/up/i);
    expect(await page.getByTestId("health-time").textContent()).not.toBe("");
    await page.screenshot({ path: join(screenshots, "home.png"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("shows the not-found page for an unknown client route", async () => {
    const page = await browser.newPage();
    // A path no SPA route matches answers 404, with the SPA's shell showing its not-found page.
    const response = await page.goto(`${server.url}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator("main").textContent()).toMatch(/not found/i);
  });
});
