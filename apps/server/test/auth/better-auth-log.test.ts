import { Writable } from "node:stream";
import { sql } from "kysely";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/observability/logger";
import { useTestApp } from "../../src/testing";

const password = "better auth log password";

/**
 * Better Auth's own log lines go through the server's logger: one JSON line
 * each, without the driver's query parameters (emails), and a refused origin
 * (anyone can send one) is a warning, never an error.
 */
describe("Better Auth's log", () => {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const app = useTestApp("pglite", { logger: createLogger("debug", destination) });
  const consoleCalls: unknown[][] = [];

  beforeAll(() => {
    for (const method of ["error", "warn", "log", "info"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(args);
      });
    }
  });
  afterEach(() => {
    raw.length = 0;
  });

  const betterAuthLines = () =>
    raw.map((line) => JSON.parse(line)).filter((entry) => entry.component === "better-auth");

  it("logs a refused origin as one JSON warning, not an error and not on the console", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "O", email: "origin@example.com", password });
    const refused = await browser.post("/api/auth/sign-out", {}, { headers: { origin: "https://evil.example" } });
    expect(refused.status).toBe(403);
    const lines = betterAuthLines();
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: "Invalid origin: https://evil.example" }));
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(consoleCalls).toEqual([]);
  });

  it("logs a database failure without the query's parameters", async () => {
    await sql
      .raw(`create function pagewise_test_no_users() returns trigger language plpgsql as $$
        begin raise exception 'no new users today'; end $$`)
      .execute(app.database.db);
    await sql
      .raw(`create trigger pagewise_test_no_users before insert on "user"
        for each row execute function pagewise_test_no_users()`)
      .execute(app.database.db);
    const response = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "Failing", email: "failing.signup@example.com", password });
    expect(response.status).toBeGreaterThanOrEqual(400);
    const lines = betterAuthLines();
    expect(lines.length).toBeGreaterThan(0);
    const output = raw.join("\n");
    expect(output).not.toContain("failing.signup@example.com");
    expect(output).not.toContain("params");
    expect(output).not.toContain(password);
    expect(consoleCalls).toEqual([]);
  });
});
