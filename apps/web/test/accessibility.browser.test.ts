import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { selectInArticle, seriousViolations, shoot, signIn, WebApp } from "./support/web-app";

interface PageCheck {
  name: string;
  path: string;
  signedIn: boolean;
  /** Waits until the page shows its content (not its loading state), and sets up what is worth checking. */
  ready: (page: Page) => Promise<unknown>;
}

const PAGES: PageCheck[] = [
  {
    name: "assistant",
    path: "/",
    signedIn: false,
    ready: async (page) => {
      await page.getByLabel("Your question").fill("How do I reset a password?");
      await page.getByRole("button", { name: "Ask", exact: true }).click();
      await page.getByTestId("citation").first().waitFor();
    },
  },
  {
    name: "reader",
    path: "/docs/authentication",
    signedIn: false,
    ready: async (page) => {
      await page.getByTestId("doc-article").locator("h2").first().waitFor();
      await selectInArticle(page, "p");
      await page.getByRole("button", { name: /Ask about this/ }).click();
      await page.getByTestId("selection-panel").locator(".answer-text").waitFor();
    },
  },
  { name: "status", path: "/status", signedIn: false, ready: (page) => page.getByTestId("health-status").waitFor() },
  { name: "sign-in", path: "/sign-in", signedIn: false, ready: (page) => page.getByLabel("Email").waitFor() },
  { name: "sign-up", path: "/sign-up", signedIn: false, ready: (page) => page.getByLabel("Name").waitFor() },
  {
    name: "forgot-password",
    path: "/forgot-password",
    signedIn: false,
    ready: (page) => page.getByLabel("Email").waitFor(),
  },
  {
    name: "profile",
    path: "/profile",
    signedIn: true,
    ready: (page) => page.getByLabel("Programming experience").waitFor(),
  },
  {
    name: "account",
    path: "/account",
    signedIn: true,
    ready: (page) => page.getByTestId("session-row").first().waitFor(),
  },
  { name: "admin", path: "/admin", signedIn: true, ready: (page) => page.getByTestId("user-row").first().waitFor() },
];

describe.runIf(findChromium() !== undefined)("accessibility (axe-core) and narrow screens", () => {
  const admin = { name: "Alan Admin", email: "alan@example.com", password: "alan's long password" };
  const app = new WebApp();

  beforeAll(async () => {
    await app.start();
    await app.signUpOverHttp(admin);
    await app.grantAdmin(admin.email);
  });
  afterEach(async () => {
    await app.closeContexts();
    expect(app.pageErrors.splice(0)).toEqual([]);
  });
  afterAll(() => app.stop());

  for (const scheme of ["light", "dark"] as const) {
    // Light on a desktop, dark on a 360 px phone: between them every page is seen both ways round.
    const viewport = scheme === "light" ? { width: 1280, height: 900 } : { width: 360, height: 740 };
    it(`has no serious or critical violations on any page (${scheme}, ${viewport.width} px)`, async () => {
      const signedOut = await app.newPage({ viewport, colorScheme: scheme });
      const signedInPage = await app.newPage({ viewport, colorScheme: scheme });
      await signIn(signedInPage, admin);
      const found: Record<string, unknown> = {};
      for (const check of PAGES) {
        const page = check.signedIn ? signedInPage : signedOut;
        await page.goto(check.path);
        await check.ready(page);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[check.name] = violations;
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > viewport.width) found[`${check.name} width`] = width;
        await shoot(page, scheme === "light" ? `page-${check.name}` : `page-${check.name}-360-dark`);
      }
      expect(found).toEqual({});
    });
  }
});
