import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  freePort,
  linkIn,
  type ServerProcess,
  type SmtpSink,
  startServerProcess,
  startSmtpSink,
} from "@pagewise/server/testing";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium, launchChromium } from "./support/browser";

const screenshots = join(import.meta.dirname, "..", "test-results", "screenshots");
const PASSWORD = "a long first password";
const NEW_PASSWORD = "an even longer new password";

describe.runIf(findChromium() !== undefined)("the account pages in Chromium", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-auth-browser-"));
  let server: ServerProcess;
  let smtp: SmtpSink;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let nextIp = 1;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const port = await freePort();
    server = await startServerProcess({
      DATABASE_URL: `pglite:${dataDir}`,
      PORT: String(port),
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: smtp.url,
      // Each browser context below presents its own X-Forwarded-For, so each has its own
      // rate-limit bucket (5 sign-ins a minute) and only the rate-limit test ever hits it.
      TRUST_PROXY: "true",
      // Credentials that are never used: they make the server offer GitHub (and only GitHub).
      GITHUB_CLIENT_ID: "test-client-id",
      GITHUB_CLIENT_SECRET: "test-client-secret",
    });
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    // An uncaught error in any page fails the test that caused it.
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A fresh browser profile (own cookies and storage) with its own client IP. */
  async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({
      baseURL: server.url,
      extraHTTPHeaders: { "x-forwarded-for": `10.9.0.${nextIp++}` },
      ...options,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return page;
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const form = (page: Page) => page.locator("main form");
  const alertIn = (page: Page) => page.locator("main [role=alert]");
  const headerName = (page: Page) => page.locator("header").getByTestId("account-name");

  /** Fills and submits the sign-in form, and resolves once the server has answered and the form has caught up. */
  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    const answered = page.waitForResponse((response) => response.url().endsWith("/api/auth/sign-in/email"));
    await form(page).getByRole("button", { name: "Sign in", exact: true }).click();
    await answered;
  }

  /** The form's error once the request is over (the submit button stops being aria-disabled). */
  async function formErrorAfterSubmit(page: Page): Promise<string> {
    await page.locator("main form button[type=submit]:not([aria-disabled])").waitFor();
    return (await alertIn(page).textContent()) ?? "";
  }

  /** Nothing about the session may be readable by scripts: not in storage, not in document.cookie. */
  async function expectNoSessionInScriptReach(page: Page, user: { name: string; email: string }) {
    const cookies = await page.context().cookies();
    const sessionCookie = cookies.find((cookie) => cookie.name.endsWith("session_token"));
    const token = sessionCookie?.value.split(".")[0];
    const seen = await page.evaluate(() => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
    }));
    expect(seen.session).toEqual([]);
    expect(seen.cookie).not.toMatch(/session/);
    // better-auth/react's only write: a "sign-out happened" ping to other tabs (no token, no user).
    for (const [key, value] of seen.local) {
      expect(key).toBe("better-auth.message");
      expect(Object.keys(JSON.parse(value)).sort()).toEqual(["clientId", "data", "event", "timestamp"]);
    }
    const everything = JSON.stringify(seen);
    for (const secret of [token, user.email, user.name]) {
      if (secret) expect(everything).not.toContain(secret);
    }
  }

  it("signs up, shows the name, signs out, and signs in again", async () => {
    const user = { name: "Ada Lovelace", email: "ada@example.com" };
    const page = await newPage();
    await page.goto("/");
    await page.locator("header").getByRole("link", { name: "Sign up" }).click();
    await page.waitForURL(/\/sign-up$/);

    // Only the providers the server has credentials for get a button.
    await page.getByRole("button", { name: "Continue with GitHub" }).waitFor();
    expect(await page.getByRole("button", { name: /Google/ }).count()).toBe(0);
    await shoot(page, "sign-up");

    // Inline validation before anything is sent.
    await form(page).getByRole("button", { name: "Create account" }).click();
    expect(await page.locator(".field-error").allTextContents()).toEqual([
      "Enter your name.",
      "Enter your email address.",
      "Choose a password.",
    ]);
    expect(await page.getByLabel("Name").evaluate((input) => input === document.activeElement)).toBe(true);
    await page.getByLabel("Name").fill(user.name);
    await page.getByLabel("Email").fill("ada@example");
    await page.getByLabel("Password", { exact: true }).fill("too short");
    expect(await page.locator(".field-error").allTextContents()).toEqual([
      "Enter an email address like name@example.com.",
      "Use at least 10 characters.",
    ]);
    await shoot(page, "sign-up-errors");

    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await form(page).getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await headerName(page).waitFor();
    expect(await headerName(page).textContent()).toBe(user.name);
    // The assistant's home does not tell a signed-in reader that no account is needed.
    await page.locator(".assistant .lead").waitFor();
    expect(await page.locator(".assistant .lead").textContent()).not.toContain("No account needed");
    await shoot(page, "home-signed-in");
    await expectNoSessionInScriptReach(page, user);

    // The same email again, by someone without its password: the sign-up told nobody the address is
    // taken; signing in after it fails, and the page says what to do.
    const other = await newPage();
    await other.goto("/sign-up");
    await other.getByLabel("Name").fill("Someone Else");
    await other.getByLabel("Email").fill(user.email);
    await other.getByLabel("Password", { exact: true }).fill("another password entirely");
    await form(other).getByRole("button", { name: "Create account" }).click();
    await alertIn(other).waitFor();
    expect(await alertIn(other).textContent()).toMatch(/may already have an account.*Forgot your password/i);

    await page.locator("header").getByRole("button", { name: "Sign out" }).click();
    await page.locator("header").getByRole("link", { name: "Sign in" }).waitFor();
    expect(await headerName(page).count()).toBe(0);
    await page.goto("/");
    await page.locator(".assistant .lead").waitFor();
    expect(await page.locator(".assistant .lead").textContent()).toContain("No account needed.");
    await expectNoSessionInScriptReach(page, user);

    await page.locator("header").getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, user.email, "not the right password");
    expect(await formErrorAfterSubmit(page)).toBe("Invalid email or password");
    await shoot(page, "sign-in-wrong-password");

    await signIn(page, user.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === "/");
    await headerName(page).waitFor();
    expect(await headerName(page).textContent()).toBe(user.name);
    await expectNoSessionInScriptReach(page, user);
  });

  it("sends a signed-out visitor of /account to sign in, and back again (by keyboard, at 360 px, dark)", async () => {
    const user = { name: "Grace Hopper", email: "grace@example.com" };
    const setup = await newPage();
    await setup.goto("/sign-up");
    await setup.getByLabel("Name").fill(user.name);
    await setup.getByLabel("Email").fill(user.email);
    await setup.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await form(setup).getByRole("button", { name: "Create account" }).click();
    await headerName(setup).waitFor();

    const page = await newPage({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });
    await page.goto("/account");
    await page.waitForURL(/\/sign-in\?redirect=%2Faccount$/);
    await page.getByLabel("Email").waitFor();
    await shoot(page, "sign-in-360-dark");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Keyboard only: type, Tab to the password, Enter submits.
    await page.getByLabel("Email").focus();
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/account$/);
    await page.getByTestId("account-user-email").waitFor();
    expect(await page.getByTestId("account-user-email").textContent()).toBe(user.email);
    expect(await page.getByTestId("account-user-name").textContent()).toBe(user.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shoot(page, "account-360-dark");

    // Signing out on a page that needs a session leaves for the home page. At 360 px the account
    // corner is folded into the header's menu, which folds again on each navigation.
    const menu = page.locator("header").getByRole("button", { name: "Menu" });
    await menu.click();
    await page.locator("header").getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    // The URL changes before React renders the new page, and the menu folds when it does: a click
    // made before that fold is undone by it. So open the menu until it stays open and offers Sign in.
    const signIn = page.locator("header").getByRole("link", { name: "Sign in" });
    await expect
      .poll(
        async () => {
          if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
          return signIn.isVisible();
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(true);
  });

  it("resets a forgotten password with the emailed link, once", async () => {
    const user = { name: "Katherine Johnson", email: "katherine@example.com" };
    const page = await newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(user.name);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await form(page).getByRole("button", { name: "Create account" }).click();
    await headerName(page).waitFor();
    await page.locator("header").getByRole("button", { name: "Sign out" }).click();
    await page.locator("header").getByRole("link", { name: "Sign in" }).click();

    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.waitForURL(/\/forgot-password$/);
    // The route's code loads after the URL changes: until its form is there, "Email" is the sign-in form's.
    await form(page).getByRole("button", { name: "Send the link" }).waitFor();
    await shoot(page, "forgot-password");
    await page.getByLabel("Email").fill(user.email);
    await form(page).getByRole("button", { name: "Send the link" }).click();
    const confirmation = page.locator("main [role=status]");
    await confirmation.waitFor();
    const sentText = await confirmation.textContent();
    expect(sentText).toMatch(/If an account exists for that email, we sent a link/);
    await shoot(page, "forgot-password-sent");

    // An address without an account gets exactly the same answer.
    const stranger = await newPage();
    await stranger.goto("/forgot-password");
    await stranger.getByLabel("Email").fill("nobody@example.com");
    await form(stranger).getByRole("button", { name: "Send the link" }).click();
    await stranger.locator("main [role=status]").waitFor();
    expect(await stranger.locator("main [role=status]").textContent()).toBe(sentText);

    const link = linkIn(await smtp.nextMessageTo(user.email));
    await page.goto(link);
    await page.waitForURL(/\/reset-password\?token=/);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill(`${NEW_PASSWORD}!`);
    await form(page).getByRole("button", { name: "Save the new password" }).click();
    expect(await page.locator(".field-error").allTextContents()).toEqual(["The two passwords are not the same."]);
    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await shoot(page, "reset-password");
    await form(page).getByRole("button", { name: "Save the new password" }).click();
    await page.getByText("Your password has been changed").waitFor();
    await shoot(page, "reset-password-done");

    await page.getByRole("link", { name: "Sign in with your new password" }).click();
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, user.email, PASSWORD);
    expect(await formErrorAfterSubmit(page)).toBe("Invalid email or password");
    await signIn(page, user.email, NEW_PASSWORD);
    await headerName(page).waitFor();
    expect(await headerName(page).textContent()).toBe(user.name);

    // The link works once: the server sends its second use to the page with ?error=INVALID_TOKEN.
    const again = await newPage();
    await again.goto(link);
    await again.getByRole("heading", { name: "This link does not work" }).waitFor();
    expect(new URL(again.url()).searchParams.get("error")).toBe("INVALID_TOKEN");
    await again.getByRole("link", { name: "Ask for a new link" }).waitFor();
    await shoot(again, "reset-password-invalid-link");
  });

  it("tells the reader how long to wait once sign-ins are rate limited", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    let message = "";
    // The server allows 5 sign-in attempts a minute from one IP.
    for (let attempt = 1; attempt <= 6 && !message.startsWith("Too many"); attempt++) {
      await signIn(page, "ada@example.com", `wrong password ${attempt}`);
      message = await formErrorAfterSubmit(page);
    }
    expect(message).toMatch(/^Too many attempts, try again in \d+ seconds?\.$/);
    await shoot(page, "sign-in-rate-limited");
  });

  it("refuses a foreign redirect after signing in", async () => {
    const page = await newPage();
    await page.goto("/sign-in?redirect=https%3A%2F%2Fevil.example%2F");
    await signIn(page, "ada@example.com", PASSWORD);
    await page.waitForURL((url) => url.pathname === "/" && url.host === new URL(server.url).host);
    await headerName(page).waitFor();
  });
});
