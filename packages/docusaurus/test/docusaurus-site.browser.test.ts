import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createPagewiseClient } from "@pagewise/client";
import {
  findChromium,
  freePort,
  launchChromium,
  type ServerProcess,
  startServerProcess,
} from "@pagewise/server/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticSite, serveStaticSite } from "./support/static-site";

const run = promisify(execFile);
const SITE = fileURLToPath(new URL("../../../examples/docusaurus-site/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../../shared/corpora/docusaurus-website/docs/", import.meta.url));
const screenshots = join(import.meta.dirname, "..", "test-results", "screenshots");
const ACCOUNT = { name: "Docs Reader", email: "docs-reader@example.com", password: "a docusaurus password" };
const QUESTION = "How do I choose which browsers my site supports?";

/** Why this suite cannot run here, if it cannot: said aloud, and a failure under CI=true. */
function missingPrerequisite(): string | undefined {
  const why = !existsSync(CORPUS)
    ? `The shared Docusaurus corpus is not at ${CORPUS}: the Docusaurus site test is skipped.`
    : findChromium() === undefined
      ? "No Chromium: the Docusaurus site test is skipped."
      : undefined;
  if (why === undefined) return undefined;
  if (process.env.CI === "true") throw new Error(why.replace("is skipped", "cannot run under CI=true"));
  console.warn(why);
  return why;
}

/**
 * examples/docusaurus-site, a real Docusaurus site installed from the npm registry with the
 * packed @pagewise/docusaurus and @pagewise/widget, built, and served on an origin of its own
 * beside the Pagewise server (which answers from the same pages), driven in Chromium.
 */
describe.skipIf(missingPrerequisite() !== undefined)("a Docusaurus site with @pagewise/docusaurus", () => {
  let server: ServerProcess | undefined;
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let siteUrl = "";
  let foreignUrl = "";

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    const npm = (args: string[], env: Record<string, string> = {}) =>
      run("npm", args, { cwd: SITE, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    // Docusaurus from the registry (npm's cache when it has it), as the site's lockfile pins it.
    if (!existsSync(join(SITE, "node_modules", "@docusaurus", "core"))) {
      await npm(["ci", "--prefer-offline", "--no-audit", "--no-fund"]);
    }
    await npm(["run", "prepare-example"], { DOCS_SOURCE: CORPUS });

    const port = await freePort();
    siteUrl = `http://127.0.0.1:${port}`;
    foreignUrl = `http://localhost:${port}`;
    server = await startServerProcess({
      DATABASE_URL: "pglite:memory",
      DOCS_DIR: join(SITE, "docs"),
      BETTER_AUTH_TRUSTED_ORIGINS: siteUrl,
      DOCS_SITE_URL: siteUrl,
    });
    const signUp = await createPagewiseClient({ url: server.url }).auth.signUp(ACCOUNT);
    if (signUp.error) throw new Error(signUp.error.message);
    await npm(["run", "build"], { PAGEWISE_URL: server.url, SITE_URL: siteUrl });
    site = await serveStaticSite(join(SITE, "build"), port);
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
  });

  async function openPage(url: string): Promise<Page> {
    if (!browser) throw new Error("no browser");
    const page = await browser.newPage({ viewport: { width: 1200, height: 850 } });
    await page.goto(url);
    await page.getByRole("button", { name: /Ask the docs/ }).waitFor();
    return page;
  }

  it("opens with ⌘K on a page of the site, answers, and a source leads to the site's own page", async () => {
    const page = await openPage(`${siteUrl}/docs/cli`);
    await page.keyboard.press("Control+k");
    await page.getByRole("dialog", { name: "Ask the docs" }).waitFor();
    await page.getByRole("textbox", { name: "Your question" }).fill(QUESTION);
    await page.getByRole("textbox", { name: "Your question" }).press("Enter");
    const sources = page.getByRole("region", { name: "Sources" }).getByRole("link");
    await sources.first().waitFor();
    const hrefs = await sources.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs).toContainEqual(expect.stringMatching(new RegExp(`^${siteUrl}/docs/browser-support(#|$)`)));
    await page.screenshot({ path: join(screenshots, "docusaurus-answer.png"), animations: "disabled" });

    const target = hrefs.find((href) => href.startsWith(`${siteUrl}/docs/browser-support`)) ?? "";
    await sources
      .and(page.locator(`[href="${target}"]`))
      .first()
      .click();
    await page.waitForURL((url) => url.href.startsWith(`${siteUrl}/docs/browser-support`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Browser support");
    // The site's own page, with the assistant on it again.
    await page.getByRole("button", { name: /Ask the docs/ }).waitFor();
    await page.close();
  });

  it("signs in from the navbar item and out again, without leaving the page", async () => {
    const page = await openPage(`${siteUrl}/docs/search`);
    const navbarItem = page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign in" });
    await navbarItem.click();
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("Email").fill(ACCOUNT.email);
    await form.getByLabel("Password").fill(ACCOUNT.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("button", { name: `Account: ${ACCOUNT.name}` })
      .waitFor();
    expect(page.url()).toBe(`${siteUrl}/docs/search`);
    await page.screenshot({ path: join(screenshots, "docusaurus-signed-in.png"), animations: "disabled" });

    await page.getByRole("dialog").getByRole("button", { name: "Account", exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign in" }).waitFor();
    await page.close();
  });

  it("is refused on an origin the server does not trust", async () => {
    const page = await openPage(`${foreignUrl}/docs/cli`);
    await page.keyboard.press("Control+k");
    await page.getByRole("textbox", { name: "Your question" }).fill(QUESTION);
    await page.getByRole("textbox", { name: "Your question" }).press("Enter");
    expect(await page.getByRole("alert").textContent()).toBe(
      "The assistant could not be reached from this site. Try again later.",
    );
    await page.close();
  });
});
