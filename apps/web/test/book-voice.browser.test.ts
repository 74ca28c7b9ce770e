import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { seedFixtureBook } from "./support/seed-book";
import { signUp, WebApp } from "./support/web-app";

const PASSWORD = "a long enough password";
const WITH_HARDWARE = { PROFILE_BACKGROUNDS: "software | hardware: Jetson Nano, ROS 2 robots" };

const legends = (page: Page) => page.locator("main form legend").allTextContents();
const saveProfile = async (page: Page) => {
  await page.getByRole("button", { name: "Save profile" }).click();
  await page.getByTestId("profile-outcome").getByText("Your profile is saved.").waitFor();
};

/**
 * The site speaks as the book it serves (the fixture book, "Fixture Book"), and its profile asks
 * only what fits that book: PROFILE_BACKGROUNDS, the software background by default.
 */
describe.runIf(findChromium() !== undefined)("the book's voice", () => {
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

  it("names the book, not Pagewise, on the sign-in, profile and account pages", async () => {
    const page = await app.newPage();
    await page.goto("/sign-in");
    await page.locator("main").getByText("New to Fixture Book?").waitFor();
    await expect.poll(() => page.title()).toBe("Sign in · Fixture Book");
    expect(await page.locator("body").textContent()).not.toContain("Pagewise");

    await signUp(page, { name: "Grace", email: "grace@example.com", password: PASSWORD });
    await page.goto("/profile");
    const consent = page.getByRole("checkbox", {
      name: "I agree that Fixture Book stores my background information to personalise answers.",
    });
    await consent.waitFor();
    await page.getByText("If you tick the box, Fixture Book keeps the background you entered above").waitFor();
    await expect.poll(() => page.title()).toBe("Your profile · Fixture Book");
    expect(await page.locator("body").textContent()).not.toContain("Pagewise");

    await page.goto("/account");
    await page.getByText("Download everything Fixture Book stores about you").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download my data" }).click();
    expect((await download).suggestedFilename()).toMatch(/^fixture-book-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await page.locator("body").textContent()).not.toContain("Pagewise");
  });

  it("asks only the software background by default", async () => {
    const page = await app.newPage();
    await signUp(page, { name: "Ada", email: "ada@example.com", password: PASSWORD });
    await page.goto("/profile");
    await page.getByLabel("Programming experience").waitFor();
    expect(await legends(page)).toEqual(["Software background", "Answer style", "Your consent"]);
    expect(await page.getByLabel("Hardware experience").count()).toBe(0);
    expect(await page.getByText("Raspberry Pi").count()).toBe(0);
    await page.getByText("Separated by commas, e.g. TypeScript, Python.").waitFor();
  });

  it("asks the hardware background when configured, and keeps its answer through saves that do not show it", async () => {
    const page = await app.newPage();
    const upserts: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("profile.upsert")) upserts.push(request.postData() ?? "");
    });
    try {
      await app.stopServer();
      await app.restartServer(WITH_HARDWARE);
      await signUp(page, { name: "Linus", email: "linus@example.com", password: PASSWORD });
      await page.goto("/profile");
      await page.getByLabel("Hardware experience").waitFor();
      expect(await legends(page)).toEqual([
        "Software background",
        "Hardware background",
        "Answer style",
        "Your consent",
      ]);
      await page.getByText("Separated by commas, e.g. Jetson Nano, ROS 2 robots.").waitFor();
      await page.getByLabel("Programming experience").selectOption("intermediate");
      await page.getByLabel("Hardware experience").selectOption("beginner");
      await page.getByLabel("Devices you work with").fill("Jetson Nano");
      await page.getByRole("checkbox", { name: /I agree that Fixture Book stores/ }).check();
      await saveProfile(page);

      // The book stops asking about hardware: the profile no longer shows it, and a save leaves it alone.
      await app.stopServer();
      await app.restartServer();
      await page.reload();
      await page.getByLabel("Programming experience").waitFor();
      await expect.poll(() => page.getByLabel("Programming experience").inputValue()).toBe("intermediate");
      expect(await page.getByLabel("Hardware experience").count()).toBe(0);
      await page.getByLabel("Programming experience").selectOption("advanced");
      await saveProfile(page);
      expect(upserts).toHaveLength(2);
      expect(upserts[1]).toContain("softwareBackground");
      expect(upserts[1]).not.toContain("hardwareBackground");
      // The API still returns the stored hardware answer.
      const stored = await page.evaluate(async () => (await fetch("/api/v1/profile")).json());
      expect(stored).toMatchObject({
        softwareBackground: { level: "advanced" },
        hardwareBackground: { level: "beginner", devices: ["Jetson Nano"], notes: "" },
      });

      // Asked again, it is there as it was.
      await app.stopServer();
      await app.restartServer(WITH_HARDWARE);
      await page.reload();
      await page.getByLabel("Devices you work with").waitFor();
      await expect.poll(() => page.getByLabel("Devices you work with").inputValue()).toBe("Jetson Nano");
      expect(await page.getByLabel("Hardware experience").inputValue()).toBe("beginner");
      expect(await page.getByLabel("Programming experience").inputValue()).toBe("advanced");
    } finally {
      await app.stopServer();
      await app.restartServer();
    }
  });
});
