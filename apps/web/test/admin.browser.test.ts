import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { formErrorAfterSubmit, headerName, shoot, signIn, submitSignIn, WebApp } from "./support/web-app";

describe.runIf(findChromium() !== undefined)("administration in Chromium", () => {
  const app = new WebApp();
  const root = { name: "Root Admin", email: "root@example.com", password: "root's long password" };
  const boss = { name: "The Boss", email: "boss@example.com", password: "boss's long password" };
  const mallory = { name: "Mallory", email: "mallory@example.com", password: "mallory's long password" };
  const reader = { name: "Plain Reader", email: "reader@example.com", password: "reader's long password" };

  beforeAll(async () => {
    await app.start();
    for (const user of [root, boss, mallory, reader]) await app.signUpOverHttp(user);
    // ADMIN_EMAILS promotes only a claimed address (tested in the server's admin-powers test);
    // here both admins are granted with the CLI.
    await app.grantAdmin(root.email, boss.email);
  });
  afterEach(async () => {
    await app.closeContexts();
    expect(app.pageErrors.splice(0)).toEqual([]);
  });
  afterAll(() => app.stop());

  it("lets an admin granted by the CLI find a user, ban them, and the user cannot sign in", async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, root);
    await page.locator("header").getByRole("link", { name: "Admin", exact: true }).click();
    await page.waitForURL(/\/admin$/);
    await expect.poll(() => page.getByTestId("stat-users").textContent()).toBe("4");
    await page.getByRole("img", { name: /^Sign-ups: 4 in total over 30 days/ }).waitFor();

    await page.getByLabel("Search by name or email").fill("mallory");
    await expect.poll(() => page.getByTestId("user-row").count()).toBe(1);
    const row = page.locator("[data-testid=user-row][data-email='mallory@example.com']");
    await row.getByRole("button", { name: /Ban/ }).click();
    const dialog = page.getByRole("dialog", { name: "Ban mallory@example.com?" });
    await dialog.getByLabel(/Reason/).fill("Spam");
    await dialog.getByRole("button", { name: "Ban", exact: true }).click();
    await expect.poll(() => row.getByTestId("user-status").textContent()).toBe("Banned: Spam");
    await expect.poll(() => page.getByTestId("stat-banned").textContent()).toBe("1");
    await page.getByLabel("Search by name or email").fill("");
    await expect.poll(() => page.getByTestId("user-row").count()).toBe(4);
    await shoot(page, "admin");

    const banned = await app.newPage();
    await banned.goto("/sign-in");
    await submitSignIn(banned, mallory.email, mallory.password);
    expect(await formErrorAfterSubmit(banned)).toMatch(/banned/i);
    expect(await headerName(banned).count()).toBe(0);

    // Unbanned, they can sign in again.
    await page.getByLabel("Search by name or email").fill("mallory");
    await expect.poll(() => page.getByTestId("user-row").count()).toBe(1);
    await row.getByRole("button", { name: /Unban/ }).click();
    await expect.poll(() => row.getByTestId("user-status").textContent()).toBe("Active");
    await signIn(banned, mallory);
  });

  it("makes a reader an admin from the table, and shows Admin only to admins", async () => {
    const page = await app.newPage();
    await signIn(page, boss);
    await page.locator("header").getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByLabel("Search by name or email").fill("reader@");
    const row = page.locator("[data-testid=user-row][data-email='reader@example.com']");
    await row.getByRole("button", { name: /Make admin/ }).waitFor();

    const other = await app.newPage();
    await signIn(other, reader);
    expect(await other.locator("header").getByRole("link", { name: "Admin", exact: true }).count()).toBe(0);
    await other.goto("/admin");
    await other.getByText("This page is for administrators").waitFor();
    // The server decides, whatever the page shows.
    const refused = await other.request.get("/trpc/admin.stats");
    expect(refused.status()).toBe(403);

    await row.getByRole("button", { name: /Make admin/ }).click();
    await row.getByRole("button", { name: /Make reader/ }).waitFor();
    expect(await row.locator("td").nth(1).textContent()).toBe("Admin");
    // A session started after the change carries the new role (one already open keeps the old one
    // until the server's session cookie cache runs out).
    const promoted = await app.newPage();
    await signIn(promoted, reader);
    await promoted.locator("header").getByRole("link", { name: "Admin", exact: true }).click();
    await promoted.getByTestId("user-row").first().waitFor();
    expect((await promoted.request.get("/trpc/admin.stats")).status()).toBe(200);
  });
});
