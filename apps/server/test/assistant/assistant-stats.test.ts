import { describe, expect, it } from "vitest";
import { claimAdmin, type TestClient, trpcClientFor, useTestApp } from "../../src/testing";

const password = "assistant stats password";
const DAY = 86_400_000;

describe("admin.assistantStats", () => {
  const app = useTestApp("pglite", { auth: { adminEmails: ["stats.admin@example.com"] } });

  async function signUp(email: string): Promise<TestClient> {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: email, email, password });
    await claimAdmin(browser, app.database.db, email, password);
    return browser;
  }

  async function asked(
    question: string,
    answered: boolean,
    cited: string[],
    daysAgo = 0,
    version = "current",
  ): Promise<string> {
    const { id } = await app.database.db
      .insertInto("question_log")
      .values({
        question,
        version,
        answered,
        mode: "extractive",
        cited_sources: JSON.stringify(cited),
        asked_at: new Date(Date.now() - daysAgo * DAY),
        visitor_key: "visitor",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  }

  it("is for administrators only", async () => {
    const reader = await signUp("stats.reader@example.com");
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => "OK",
        (error: { data?: { code?: string } }) => error.data?.code,
      );
    expect(await code(trpcClientFor(reader).admin.assistantStats.query())).toBe("FORBIDDEN");
    expect(await code(trpcClientFor(app.server.client()).admin.assistantStats.query())).toBe("UNAUTHORIZED");
  });

  it("reports questions, refusals, cited pages, votes, comments and consent figures", async () => {
    const admin = await signUp("stats.admin@example.com");
    const consenting = await signUp("stats.consenting@example.com");
    await trpcClientFor(consenting).profile.upsert.mutate({ consentGiven: true });
    const withdrawn = await signUp("stats.withdrawn@example.com");
    await trpcClientFor(withdrawn).profile.upsert.mutate({ consentGiven: true });
    await trpcClientFor(withdrawn).profile.upsert.mutate({ consentGiven: false });

    const first = await asked("How do I rotate keys?", true, ["guides/keys#rotate", "reference/configuration"]);
    await asked("Where are keys kept?", true, ["guides/keys#storage", "guides/keys#rotate"]);
    const refused = await asked("Can I upload files?", false, ["reference/configuration#limits"]);
    await asked("Does it run on Windows?", false, [], 2, "1.0");
    await asked("Far too old", false, ["guides/keys"], 40);
    await app.database.db
      .insertInto("answer_feedback")
      .values([
        { question_log_id: first, visitor_key: "a", vote: 1, comment: null },
        { question_log_id: first, visitor_key: "b", vote: 1, comment: "Spot on" },
        { question_log_id: refused, visitor_key: "a", vote: -1, comment: "Uploads matter to us" },
      ])
      .execute();

    const stats = await trpcClientFor(admin).admin.assistantStats.query();
    const today = new Date().toISOString().slice(0, 10);
    const twoDaysAgo = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
    expect(stats.days).toBe(30);
    expect(stats.questions).toEqual({ total: 4, answered: 2, refused: 2, answeredShare: 0.5 });
    expect(stats.questionsPerDay).toEqual([
      { day: twoDaysAgo, answered: 0, refused: 1 },
      { day: today, answered: 2, refused: 1 },
    ]);
    // Pages, each counted once per answer that cited it.
    expect(stats.topCitedPages).toEqual([
      { slug: "guides/keys", count: 2 },
      { slug: "reference/configuration", count: 2 },
    ]);
    expect(stats.unanswered.map(({ question, version }) => ({ question, version }))).toEqual([
      { question: "Can I upload files?", version: "current" },
      { question: "Does it run on Windows?", version: "1.0" },
    ]);
    // Split by the version of the book each question was asked of.
    expect(stats.questionsPerVersion).toEqual([
      { version: "1.0", answered: 0, refused: 1 },
      { version: "current", answered: 2, refused: 1 },
    ]);
    // Three votes from two voters ("a" voted twice, on two answers).
    expect(stats.feedback).toEqual({ up: 2, down: 1, upShare: 2 / 3, voters: 2 });
    expect(stats.latestComments.map(({ question, vote, comment }) => ({ question, vote, comment }))).toEqual([
      { question: "Can I upload files?", vote: "down", comment: "Uploads matter to us" },
      { question: "How do I rotate keys?", vote: "up", comment: "Spot on" },
    ]);
    // Readers: the admin and two others without consent now, one with it; one withdrawal this week.
    expect(stats.consent.readersWithConsent).toBe(1);
    expect(stats.consent.readersWithoutConsent).toBe(3);
    expect(stats.consent.withdrawalsPerWeek).toHaveLength(1);
    expect(stats.consent.withdrawalsPerWeek[0]?.count).toBe(1);
    expect(JSON.stringify(stats)).not.toMatch(/@example\.com|visitor/);
  });
});
