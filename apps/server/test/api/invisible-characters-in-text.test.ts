import { beforeAll, describe, expect, it } from "vitest";
import { claimAdmin, type TestClient, trpcClientFor, useTestApp } from "../../src/testing";

const password = "invisible text password";
// A right-to-left override and isolates (which reorder what is shown after them), zero-width
// characters and a byte-order mark (which hide inside words), around visible text.
const dirty = (text: string) => `\u202E\u200B ${text.replace(" ", "\u2066 \u200D")}\u2069\u200F\uFEFF`;

describe("free text shown to others is stored without invisible characters", () => {
  const app = useTestApp("pglite", { auth: { adminEmails: ["text.admin@example.com"] } });
  let admin: TestClient;
  let reader: TestClient;
  let readerId: string;

  beforeAll(async () => {
    admin = app.server.client();
    await admin.post("/api/auth/sign-up/email", { name: "Admin", email: "text.admin@example.com", password });
    await claimAdmin(admin, app.database.db, "text.admin@example.com", password);
    reader = app.server.client();
    await reader.post("/api/auth/sign-up/email", { name: "Reader", email: "text.reader@example.com", password });
    readerId = (await reader.session())?.user.id ?? "";
  });

  it("cleans a profile's notes", async () => {
    await trpcClientFor(reader).profile.upsert.mutate({
      softwareBackground: { level: "advanced", languages: ["TypeScript"], notes: dirty("Backend work") },
      hardwareBackground: { level: "beginner", devices: ["Pi"], notes: dirty("Soldering kits") },
      consentGiven: true,
    });
    const row = await app.database.db
      .selectFrom("profile")
      .select(["software_notes", "hardware_notes"])
      .where("user_id", "=", readerId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ software_notes: "Backend work", hardware_notes: "Soldering kits" });
    expect(await trpcClientFor(reader).profile.get.query()).toMatchObject({
      softwareBackground: { notes: "Backend work" },
      hardwareBackground: { notes: "Soldering kits" },
    });
  });

  it("cleans a feedback comment, and stores none for one of invisible characters only", async () => {
    const { id: questionId } = await app.database.db
      .insertInto("question_log")
      .values({ question: "What is a relay?", answered: true, mode: "extractive", visitor_key: "visitor" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const api = trpcClientFor(reader).rag;
    const comments = () =>
      app.database.db
        .selectFrom("answer_feedback")
        .select("comment")
        .where("question_log_id", "=", questionId)
        .execute();

    expect(await api.feedback.mutate({ questionId, vote: "down", comment: dirty("Too vague") })).toMatchObject({
      comment: "Too vague",
    });
    expect(await comments()).toEqual([{ comment: "Too vague" }]);
    await api.feedback.mutate({ questionId, vote: "up", comment: "\u200B\u2066\u2069" });
    expect(await comments()).toEqual([{ comment: null }]);
  });

  const banReasonOf = async (userId: string) =>
    (await app.database.db.selectFrom("user").select("banReason").where("id", "=", userId).executeTakeFirstOrThrow())
      .banReason;

  it("cleans a ban reason", async () => {
    const banned = app.server.client();
    await banned.post("/api/auth/sign-up/email", { name: "Banned", email: "text.banned@example.com", password });
    const userId = (await banned.session())?.user.id ?? "";
    await trpcClientFor(admin).admin.banUser.mutate({ userId, reason: dirty("Spam links") });
    expect(await banReasonOf(userId)).toBe("Spam links");
  });

  it("cleans a ban reason sent to Better Auth's own admin endpoint", async () => {
    const banned = app.server.client();
    await banned.post("/api/auth/sign-up/email", { name: "Banned 2", email: "text.banned2@example.com", password });
    const userId = (await banned.session())?.user.id ?? "";
    const response = await admin.post("/api/auth/admin/ban-user", { userId, banReason: dirty("Spam links") });
    expect(response.status).toBe(200);
    expect(await banReasonOf(userId)).toBe("Spam links");
  });
});
