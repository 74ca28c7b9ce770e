import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

export { type AxeViolation, seriousViolations } from "@pagewise/server/testing";

import {
  freePort,
  type ServerProcess,
  type SmtpSink,
  startServerProcess,
  startSmtpSink,
} from "@pagewise/server/testing";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { launchChromium } from "./browser";

export const screenshotsDir = join(import.meta.dirname, "..", "..", "test-results", "screenshots");

export interface User {
  name: string;
  email: string;
  password: string;
}

/**
 * The built server on a fresh embedded database, an SMTP sink for its mail, and Chromium: what
 * each browser test file starts once. The port is chosen first because BETTER_AUTH_URL must be
 * the origin the browser sees; `restart` reuses port and data (e.g. around the admin CLI).
 */
export class WebApp {
  readonly dataDir = mkdtempSync(join(tmpdir(), "pagewise-web-"));
  readonly pageErrors: string[] = [];
  port = 0;
  private started?: { smtp: SmtpSink; browser: Browser };
  private serverProcess?: ServerProcess;
  private contexts: BrowserContext[] = [];
  private nextIp = 1;

  constructor(private readonly extraEnv: Record<string, string> = {}) {}

  get url(): string {
    return this.server.url;
  }

  get server(): ServerProcess {
    if (this.serverProcess === undefined) throw new Error("the server is not running: call start() first");
    return this.serverProcess;
  }

  get smtp(): SmtpSink {
    return this.parts().smtp;
  }

  get browser(): Browser {
    return this.parts().browser;
  }

  private parts() {
    if (this.started === undefined) throw new Error("call start() first");
    return this.started;
  }

  async start(): Promise<void> {
    mkdirSync(screenshotsDir, { recursive: true });
    const smtp = await startSmtpSink();
    this.started = { smtp, browser: await launchChromium() };
    this.port = await freePort();
    this.serverProcess = await startServerProcess(this.env());
  }

  env(): Record<string, string> {
    return {
      DATABASE_URL: `pglite:${this.dataDir}`,
      PORT: String(this.port),
      BETTER_AUTH_URL: `http://127.0.0.1:${this.port}`,
      SMTP_URL: this.smtp.url,
      // Each browser context presents its own X-Forwarded-For, so each has its own rate-limit bucket.
      TRUST_PROXY: "true",
      ...this.extraEnv,
    };
  }

  async stopServer(): Promise<void> {
    await this.serverProcess?.stop();
    this.serverProcess = undefined;
  }

  /** Starts the server again on the same port and data; `overrides` change settings for this run only. */
  async restartServer(overrides: Record<string, string> = {}): Promise<void> {
    this.serverProcess = await startServerProcess({ ...this.env(), ...overrides });
  }

  /**
   * Makes accounts admins with `npm run admin -- grant` (ADMIN_EMAILS promotes only an address
   * claimed through a password reset, and these tests claim none). The embedded database has one owner at a time: the
   * server stops for the CLI and starts again on the same port and data.
   */
  async grantAdmin(...emails: string[]): Promise<void> {
    await this.stopServer();
    for (const email of emails) {
      const granted = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "apps/server/src/cli/admin.ts", "grant", email],
        {
          cwd: join(import.meta.dirname, "..", "..", "..", ".."),
          env: { ...process.env, DATABASE_URL: `pglite:${this.dataDir}` },
        },
      );
      expect(granted.stdout).toContain(`${email} is now an admin.`);
    }
    await this.restartServer();
  }

  async closeContexts(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close();
  }

  async stop(): Promise<void> {
    await this.closeContexts();
    await this.started?.browser.close();
    await this.serverProcess?.stop();
    await this.started?.smtp.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** A fresh browser profile (own cookies) with its own client IP; uncaught page errors are collected. */
  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.url,
      extraHTTPHeaders: { "x-forwarded-for": `10.20.0.${this.nextIp++}` },
      // axe-core is injected as an inline script, which the server's CSP (rightly) forbids.
      bypassCSP: true,
      ...options,
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => this.pageErrors.push(error.message));
    return page;
  }

  /** Creates an account over HTTP (quicker than the form, for tests about something else). */
  async signUpOverHttp(user: User): Promise<void> {
    const response = await fetch(`${this.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: this.url,
        "x-forwarded-for": `10.30.0.${this.nextIp++}`,
      },
      body: JSON.stringify(user),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }
}

export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });

export const headerName = (page: Page) => page.locator("header").getByTestId("account-name");

export async function signUp(page: Page, user: User): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.locator("main form").getByRole("button", { name: "Create account" }).click();
  // Attached, not visible: on a phone the account corner is folded into the header's menu.
  await headerName(page).waitFor({ state: "attached" });
}

/** On a phone the header's links and account corner are folded behind "Menu": unfold them. */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.locator("header").getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
}

/** Fills and submits the sign-in form on the current page; resolves once the server has answered. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/auth/sign-in/email"));
  await page.locator("main form").getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

export async function signIn(page: Page, user: Pick<User, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, user.password);
  await headerName(page).waitFor({ state: "attached" });
}

export async function signOut(page: Page): Promise<void> {
  await openHeaderMenu(page);
  await page.locator("header").getByRole("button", { name: "Sign out" }).click();
  await page.locator("header").getByRole("link", { name: "Sign in" }).waitFor({ state: "attached" });
}

/** The form's error once its request is over (the submit button stops being aria-disabled). */
export async function formErrorAfterSubmit(page: Page): Promise<string> {
  await page.locator("main form button[type=submit]:not([aria-disabled])").waitFor();
  return (await page.locator("main [role=alert]").first().textContent()) ?? "";
}

/** Selects the text of the first element matching `selector` inside the reader's article. */
export async function selectInArticle(page: Page, selector: string): Promise<string> {
  return page.evaluate((css) => {
    const element = document.querySelector(`[data-testid=doc-article] ${css}`);
    const selection = window.getSelection();
    if (element === null || selection === null) throw new Error(`nothing to select at ${css}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
}
