import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./support/browser";
import { shoot, signIn, WebApp } from "./support/web-app";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");

/**
 * A reader's 👎 and comment on an answer, as the docs team then reads it: asked anonymously in one
 * browser, seen by an administrator in another, on the admin page's Assistant section, with the
 * questions the book could not answer counted and listed.
 */
describe.runIf(findChromium() !== undefined)("feedback on the assistant's answers in Chromium", () => {
  const app = new WebApp({ QUESTION_RETENTION_DAYS: "14" });
  const admin = { name: "Docs Lead", email: "docs.lead@example.com", password: "the docs lead's password" };
  const COMMENT = "Please show a complete SMTP example with TLS.";
  const NEAR_OFF_TOPIC = "How do I add Stripe payments to my site?";
  // The book is this repository's docs/: no page may use these questions' words (an example in
  // docs/your-docs.md once did, and the bread question was answered from it).
  const FAR_OFF_TOPIC = "How do I bake sourdough bread?";

  beforeAll(async () => {
    await app.start();
    await app.signUpOverHttp(admin);
    // The embedded database has one owner at a time: stop the server, grant with the CLI, restart.
    await app.stopServer();
    await run(process.execPath, ["--import", "tsx", "apps/server/src/cli/admin.ts", "grant", admin.email], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: `pglite:${app.dataDir}` },
    });
    await app.restartServer();
  });
  afterEach(async () => {
    await app.closeContexts();
    expect(app.pageErrors.splice(0)).toEqual([]);
  });
  afterAll(() => app.stop());

  it("takes a 👎 with a comment from an anonymous reader, and shows it on the admin Assistant page", async () => {
    const reader = await app.newPage({ viewport: { width: 1100, height: 900 } });
    await reader.goto("/");
    await reader.locator("header").getByRole("link", { name: "Assistant" }).click();
    await reader.getByLabel("Your question").fill("How do I configure SMTP?");
    await reader.keyboard.press("Enter");
    const turn = reader.getByTestId("turn").first();
    const feedback = turn.getByTestId("answer-feedback");
    await feedback.waitFor();
    const up = feedback.getByRole("button", { name: "Helpful", exact: true });
    const down = feedback.getByRole("button", { name: "Not helpful", exact: true });
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    expect(await down.getAttribute("aria-pressed")).toBe("false");

    // From the keyboard: a vote, then a change of mind.
    await up.focus();
    await reader.keyboard.press("Enter");
    await expect.poll(() => up.getAttribute("aria-pressed")).toBe("true");
    await down.focus();
    await reader.keyboard.press("Space");
    await expect.poll(() => down.getAttribute("aria-pressed")).toBe("true");
    expect(await up.getAttribute("aria-pressed")).toBe("false");
    await feedback.getByText("Thank you for your feedback.").waitFor();

    await feedback.getByLabel(/What was missing or wrong/).fill(COMMENT);
    await feedback.getByRole("button", { name: "Send comment" }).click();
    await feedback.getByText("Thanks, your comment was sent.").waitFor();
    expect(await down.getAttribute("aria-pressed")).toBe("true");
    await shoot(reader, "assistant-feedback");

    // Two questions the book has nothing on, one near its subject and one far from it: refused,
    // and counted as such for the docs team.
    for (const [index, question] of [NEAR_OFF_TOPIC, FAR_OFF_TOPIC].entries()) {
      await reader.getByLabel("Ask a follow-up").fill(question);
      await reader.keyboard.press("Enter");
      const answer = reader
        .getByTestId("turn")
        .nth(index + 1)
        .getByTestId("answer");
      await answer.getByTestId("answer-feedback").waitFor();
      expect(await answer.getAttribute("data-answered"), question).toBe("false");
    }

    const page = await app.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, admin);
    await page.locator("header").getByRole("link", { name: "Admin", exact: true }).click();
    await page.waitForURL(/\/admin$/);
    const assistant = page.getByRole("region", { name: "Assistant" });
    await expect.poll(() => assistant.getByTestId("stat-questions").textContent()).toBe("3");
    expect(await assistant.getByTestId("stat-answered-share").textContent()).toBe("33%");
    const unanswered = assistant.getByTestId("unanswered-questions");
    expect(await unanswered.textContent()).toContain(NEAR_OFF_TOPIC);
    expect(await unanswered.textContent()).toContain(FAR_OFF_TOPIC);
    expect(await unanswered.textContent()).not.toContain("How do I configure SMTP?");
    expect(await assistant.getByTestId("stat-votes").textContent()).toMatch(/^0 \/ 1/);
    const comments = assistant.getByTestId("latest-comments");
    await expect.poll(() => comments.textContent()).toContain(COMMENT);
    expect(await comments.textContent()).toContain("How do I configure SMTP?");
    expect(await comments.getByRole("img", { name: "Not helpful" }).count()).toBe(1);
    expect(await assistant.getByTestId("top-cited-pages").locator("li").count()).toBeGreaterThan(0);
    await assistant.scrollIntoViewIfNeeded();
    await shoot(page, "admin-assistant");

    // The privacy text says how long questions are kept (QUESTION_RETENTION_DAYS).
    await page.goto("/profile");
    await expect.poll(() => page.getByTestId("questions-privacy").textContent()).toMatch(/for 14 days, then deleted/);
  });
});
