import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createPagewiseClient } from "@pagewise/client";
import {
  findChromium,
  launchChromium,
  type ServerProcess,
  seriousViolations,
  startServerProcess,
} from "@pagewise/server/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HostSite, startHostSite } from "./support/host-site";

const screenshots = join(import.meta.dirname, "..", "test-results", "screenshots");
const QUESTION = "How do I sign in?";
const ACCOUNT = { name: "Widget Reader", email: "widget-reader@example.com", password: "a widget password" };

/**
 * The widget in a plain HTML page on another origin, with a hostile stylesheet, against the real
 * built server (which trusts that origin and knows it as the published site), in Chromium.
 */
describe.skipIf(findChromium() === undefined)("<pagewise-assistant> on another site", () => {
  let server: ServerProcess | undefined;
  let host: HostSite | undefined;
  let browser: Browser | undefined;
  const serverUrl = () => server?.url ?? "http://127.0.0.1:1";
  const hostUrl = (path = "/guide/") => `${host?.url}${path}`;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    host = await startHostSite(serverUrl);
    server = await startServerProcess({
      DATABASE_URL: "pglite:memory",
      BETTER_AUTH_TRUSTED_ORIGINS: host.url,
      DOCS_SITE_URL: host.url,
    });
    const signUp = await createPagewiseClient({ url: server.url }).auth.signUp(ACCOUNT);
    if (signUp.error) throw new Error(signUp.error.message);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await host?.close();
  });

  async function openPage(url = hostUrl()): Promise<Page> {
    if (!browser) throw new Error("no browser");
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(url);
    await page.getByRole("button", { name: /Ask the docs/ }).waitFor();
    return page;
  }

  async function ask(page: Page, question: string) {
    await page.getByRole("textbox", { name: "Your question" }).fill(question);
    await page.getByRole("textbox", { name: "Your question" }).press("Enter");
    await page.getByRole("region", { name: "Sources" }).waitFor();
  }

  /** Where focus is, through the shadow root: the focused element's text or label. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector("pagewise-assistant")?.shadowRoot;
      const active = root?.activeElement ?? document.activeElement;
      return active?.getAttribute("aria-label") ?? active?.getAttribute("id") ?? active?.textContent?.trim() ?? "";
    });

  it("opens with ⌘K / Ctrl+K, answers with sources on the host site, and follows one there", async () => {
    const page = await openPage();
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Ask the docs" });
    await dialog.waitFor();
    await expect.poll(() => focused(page)).toBe("pw-question");

    await ask(page, QUESTION);
    const sources = page.getByRole("region", { name: "Sources" }).getByRole("link");
    const hrefs = await sources.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${hostUrl("/docs/")}`));
    await dialog.screenshot({ path: join(screenshots, "widget-answer.png"), animations: "disabled" });
    // Judged apart from the host page, whose stylesheet is hostile on purpose.
    expect(await seriousViolations(page, "pagewise-assistant")).toEqual([]);

    await sources.first().click();
    await page.waitForURL(/\/docs\//);
    expect(await page.locator("#host-title").textContent()).toMatch(/^Host page \/docs\//);
    await page.close();
  });

  it("keeps its own look under a hostile stylesheet, and keeps its styles to itself", async () => {
    const page = await openPage();
    await page.getByRole("button", { name: /Ask the docs/ }).click();
    const look = await page.evaluate(() => {
      const root = document.querySelector("pagewise-assistant")?.shadowRoot;
      const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
      const input = root?.querySelector<HTMLElement>("input");
      const intro = document.querySelector("#intro");
      if (!dialog || !input || !intro) return undefined;
      return {
        dialogPosition: getComputedStyle(dialog).position,
        dialogFont: getComputedStyle(dialog).fontSize,
        inputFont: getComputedStyle(input).fontSize,
        hostFont: getComputedStyle(intro).fontSize,
      };
    });
    expect(look).toEqual({ dialogPosition: "fixed", dialogFont: "14px", inputFont: "14px", hostFont: "40px" });
    await page.screenshot({ path: join(screenshots, "widget-hostile-host.png"), animations: "disabled" });
    await page.close();
  });

  it("is a modal dialog for the keyboard: Tab stays inside, Escape closes and returns focus", async () => {
    const page = await openPage();
    await page.getByRole("button", { name: /Ask the docs/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "Ask the docs" }).waitFor();
    const inside = new Set<string>();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      inside.add(await focused(page));
    }
    expect([...inside].sort()).toEqual(["Ask", "Close", "Sign in", "pw-question"].sort());
    await page.keyboard.press("Escape");
    expect(await page.getByRole("dialog").count()).toBe(0);
    await expect.poll(() => focused(page)).toMatch(/Ask the docs/);
    await page.close();
  });

  it("signs in and out without leaving the page, from the navbar's button too, and says why a sign-in failed", async () => {
    const page = await openPage();
    const navbarButton = page.getByRole("navigation", { name: "Site" }).getByRole("button");
    expect(await navbarButton.textContent()).toBe("Sign in");
    await navbarButton.click();
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("Email").fill(ACCOUNT.email);
    await form.getByLabel("Password").fill("not the password");
    await form.getByRole("button", { name: "Sign in" }).click();
    expect(await page.getByRole("alert").textContent()).toMatch(/invalid email or password/i);

    await form.getByLabel("Password").fill(ACCOUNT.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Account", exact: true }).waitFor();
    expect(page.url()).toBe(hostUrl());
    expect(await navbarButton.textContent()).toBe(ACCOUNT.name);
    await ask(page, QUESTION);

    await page.getByRole("dialog").getByRole("button", { name: "Account", exact: true }).click();
    expect(await page.getByText("Answers follow your profile's background").textContent()).toBe(
      `Signed in as ${ACCOUNT.email}. Answers follow your profile's background.`,
    );
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sign in" }).waitFor();
    expect(await navbarButton.textContent()).toBe("Sign in");
    await page.close();
  });

  it("takes a vote on an answer", async () => {
    const page = await openPage();
    await page.keyboard.press("Control+k");
    await ask(page, QUESTION);
    const helpful = page.getByRole("button", { name: "Helpful", exact: true });
    await helpful.click();
    await page.getByText("Thanks for your feedback.").waitFor();
    expect(await helpful.getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("alert").count()).toBe(0);
    await page.close();
  });

  it("asks about text selected on the host page", async () => {
    const page = await openPage();
    await page.locator("#intro").selectText();
    await page.evaluate(() => document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true })));
    await page.getByRole("button", { name: "Ask about this" }).click();
    await page.getByText("About the selection:").waitFor();
    await page.getByRole("region", { name: /Sources|Closest matches/ }).waitFor();
    await page.close();
  });

  it("follows the host page's theme as it changes", async () => {
    const page = await openPage();
    const theme = () =>
      page.evaluate(() =>
        document.querySelector("pagewise-assistant")?.shadowRoot?.querySelector(".pw-root")?.getAttribute("data-theme"),
      );
    expect(await theme()).toBe("light");
    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    await page.waitForFunction(
      () =>
        document
          .querySelector("pagewise-assistant")
          ?.shadowRoot?.querySelector(".pw-root")
          ?.getAttribute("data-theme") === "dark",
    );
    await page.close();
  });

  it("on an origin the server does not trust, says it cannot be reached rather than answering", async () => {
    const page = await openPage(`${host?.foreignUrl}/guide/`);
    await page.keyboard.press("Control+k");
    await page.getByRole("textbox", { name: "Your question" }).fill(QUESTION);
    await page.getByRole("textbox", { name: "Your question" }).press("Enter");
    expect(await page.getByRole("alert").textContent()).toBe(
      "The assistant could not be reached from this site. Try again later.",
    );
    await page.close();
  });
});
