import { Writable } from "node:stream";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger";
import { useTestApp } from "../../src/testing";

const DETAIL = 'violates foreign key constraint "profile_user_id_fkey"';
const password = "internal errors password";

/** Every line the app logs, parsed. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger("info", destination), lines };
}

/**
 * An unexpected failure (here a trigger that raises what a driver would say)
 * answers 500 with a fixed message and the request id; the detail is only in
 * the log line carrying the same id.
 */
describe("unexpected errors", () => {
  const log = capturingLogger();
  const app = useTestApp("pglite", { logger: log.logger });

  beforeAll(async () => {
    await sql
      .raw(`create function pagewise_test_fail() returns trigger language plpgsql as $$
        begin raise exception '${DETAIL.replaceAll("'", "''")}'; end $$`)
      .execute(app.database.db);
    await sql
      .raw(`create trigger pagewise_test_fail before insert or update on profile
        for each row execute function pagewise_test_fail()`)
      .execute(app.database.db);
  });

  async function signedIn(email: string) {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Ann", email, password });
    return browser;
  }

  it.each([
    ["tRPC", "/trpc/profile.upsert"],
    ["REST", "/api/v1/profile"],
  ])("over %s: a fixed message and the request id, the detail only in the log", async (_kind, path) => {
    const browser = await signedIn(`${path.replaceAll("/", "")}@example.com`);
    const response = await browser.post(path, { consentGiven: true });
    expect(response.status).toBe(500);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    const text = await response.text();
    expect(text).not.toContain("profile_user_id_fkey");
    expect(text).not.toContain("foreign key");
    expect(text).toContain(`Something went wrong on our side. If it keeps happening, quote request id ${requestId}.`);
    const logged = log.lines.find((line) => line.reqId === requestId && line.msg === "procedure failed");
    expect(JSON.stringify(logged)).toContain("profile_user_id_fkey");
  });

  it("over Better Auth's endpoints: the same fixed message", async () => {
    await sql
      .raw(`create trigger pagewise_test_fail_user before update on "user"
        for each row execute function pagewise_test_fail()`)
      .execute(app.database.db);
    const browser = await signedIn("renamed@example.com");
    const response = await browser.post("/api/auth/update-user", { name: "Someone else" });
    expect(response.status).toBe(500);
    const requestId = response.headers.get("x-request-id");
    const text = await response.text();
    expect(text).not.toContain("foreign key");
    expect(text).toContain(`quote request id ${requestId}`);
    // The log has the detail, one line, without the query's parameters (the new name here).
    const logged = log.lines.filter((line) => line.reqId === requestId && line.level === 50);
    expect(JSON.stringify(logged)).toContain("profile_user_id_fkey");
    expect(JSON.stringify(log.lines)).not.toContain("Someone else");
  });
});
