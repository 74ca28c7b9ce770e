import { pruneQuestionLog } from "@pagewise/api";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleQuestionLogPruning } from "../../src/assistant/question-log-pruning";

const DAY = 86_400_000;

describe("QUESTION_RETENTION_DAYS", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(() => database?.dispose());

  /** A question asked `daysAgo` days ago, with one vote on it. */
  async function questionAsked(daysAgo: number, question: string): Promise<string> {
    const { id } = await database.db
      .insertInto("question_log")
      .values({
        question,
        answered: true,
        mode: "extractive",
        asked_at: new Date(Date.now() - daysAgo * DAY),
        visitor_key: "k",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto("answer_feedback")
      .values({ question_log_id: id, visitor_key: "k", vote: 1, comment: question })
      .execute();
    return id;
  }
  const remaining = async () => ({
    questions: (await database.db.selectFrom("question_log").select("question").orderBy("question").execute()).map(
      (row) => row.question,
    ),
    comments: (await database.db.selectFrom("answer_feedback").select("comment").orderBy("comment").execute()).map(
      (row) => row.comment,
    ),
  });

  it("deletes questions older than the retention and their votes, and keeps recent ones", async () => {
    await questionAsked(45, "old");
    await questionAsked(31, "just over");
    await questionAsked(29, "just under");
    await questionAsked(0, "today");

    expect(await pruneQuestionLog(database.db, 30)).toBe(2);
    expect(await remaining()).toEqual({
      questions: ["just under", "today"],
      comments: ["just under", "today"],
    });
    expect(await pruneQuestionLog(database.db, 30)).toBe(0);
  });

  it("runs at start-up, as the server schedules it", async () => {
    await questionAsked(10, "ten days");
    const lines: string[] = [];
    const logged = new Promise<void>((resolve) => {
      const stop = scheduleQuestionLogPruning(database.db, 7, (line) => {
        lines.push(line);
        stop();
        resolve();
      });
    });
    await logged;
    expect(lines).toEqual(["Deleted 2 question(s) older than 7 days."]);
    expect((await remaining()).questions).toEqual(["today"]);
  });
});
