import { join } from "node:path";
import { grantAdmin } from "@pagewise/auth";
import { ingestDirectory } from "@pagewise/rag";
import { beforeAll, describe, expect, it } from "vitest";
import { trpcClientFor, useTestApp } from "../../src/testing";

const fixtureDocs = join(import.meta.dirname, "../../../../packages/rag/test/fixtures/basic-docs");
const password = "vote stuffing password";
const QUESTION = "Is the encryption key sent to the relay?";

/**
 * One address with a fresh User-Agent per request used to cast every vote on an
 * answer. A vote is keyed by the signed-in account, else by the client's network.
 */
describe("votes stuffed from one address", () => {
  const app = useTestApp("pglite");
  beforeAll(async () => {
    await ingestDirectory(app.database.db, fixtureDocs);
  });
  const rows = (table: "answer_feedback") => app.database.db.selectFrom(table).selectAll().execute();

  it("takes one vote per address however often its browser changes, and tells the admin how many voted", async () => {
    const question = await trpcClientFor(app.server.client({ ip: "198.51.100.60" })).rag.query.query({
      question: QUESTION,
    });
    const questionId = question.questionId ?? "";
    for (let n = 0; n < 40; n++) {
      const stuffer = app.server.client({ ip: "198.51.100.61" });
      const vote = await stuffer.post(
        "/trpc/rag.feedback",
        { questionId, vote: "up" },
        {
          headers: { "user-agent": `Browser/${n}` },
        },
      );
      expect(vote.status).toBe(200);
    }
    // An IPv6 host owns its whole /64: changing the address within it buys no second vote either.
    for (const ip of ["2001:db8:7:7::1", "2001:db8:7:7::2", "2001:db8:7:7:abcd::3"]) {
      await trpcClientFor(app.server.client({ ip })).rag.feedback.mutate({ questionId, vote: "down" });
    }
    const votes = (await rows("answer_feedback")).filter((vote) => vote.question_log_id === questionId);
    expect(votes.map((vote) => vote.vote).sort()).toEqual([-1, 1]);

    const admin = app.server.client();
    await admin.post("/api/auth/sign-up/email", { name: "Admin", email: "stats.admin@example.com", password });
    await grantAdmin(app.database.db, ["stats.admin@example.com"]);
    const stats = await trpcClientFor(admin).admin.assistantStats.query();
    expect(stats.feedback.voters).toBe(new Set((await rows("answer_feedback")).map((vote) => vote.visitor_key)).size);
    expect(stats.feedback.voters).toBeGreaterThanOrEqual(2);
  });
});
