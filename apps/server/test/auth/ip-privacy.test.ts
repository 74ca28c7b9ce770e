import { hashIp, pruneMailOutbox } from "@pagewise/auth";
import { describe, expect, it } from "vitest";
import { useTestApp, withinOneMinute } from "../../src/testing";

const IP = "203.0.113.9";

/**
 * Outside the auth log no table keeps a client's address: rate-limit counters
 * (Better Auth's and the public API's) are keyed by the auth log's keyed IP
 * hash, and the development outbox forgets its messages (live reset links).
 */
describe("IP addresses and tokens outside the auth log", () => {
  const app = useTestApp("pglite", { publicRateLimitPerMinute: 100 });

  it("keys Better Auth's and the public API's counters by the keyed IP hash, and still limits", async () => {
    await withinOneMinute();
    const browser = app.server.client({ ip: IP });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await browser.post("/api/auth/sign-in/email", {
        email: "nobody@example.com",
        password: "x".repeat(12),
      });
      statuses.push(response.status);
    }
    // AUTH_RATE_LIMIT_PER_MINUTE is 5 in tests.
    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    expect(statuses[5]).toBe(429);
    await browser.get(`/trpc/rag.select?input=${encodeURIComponent(JSON.stringify({ text: "cookies" }))}`);

    const hash = hashIp(IP, app.server.authConfig.secret);
    const authCounters = await app.database.db.selectFrom("rateLimit").select("key").execute();
    const publicCounters = await app.database.db.selectFrom("request_rate").select("key").execute();
    const keys = [...authCounters, ...publicCounters].map((row) => row.key);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) expect(key).not.toContain(IP);
    expect(authCounters.map((row) => row.key)).toContain(`${hash}|/sign-in/email`);
    // One row per sliding-window slot: `public:<hash>@<window start>`.
    expect(publicCounters.map((row) => row.key.replace(/@\d+$/, ""))).toContain(`public:${hash}`);
    const events = await app.database.db.selectFrom("auth_event").select("ip_hash").execute();
    expect(events.map((event) => event.ip_hash)).toContain(hash);
  });

  it("expires development outbox messages after a day", async () => {
    const db = app.database.db;
    await db
      .insertInto("mail_outbox")
      .values([
        {
          to_address: "old@example.com",
          subject: "Reset",
          text_body: "http://x/reset/old-token",
          created_at: new Date(Date.now() - 25 * 3_600_000),
        },
        { to_address: "new@example.com", subject: "Reset", text_body: "http://x/reset/new-token" },
      ])
      .execute();
    expect(await pruneMailOutbox(db)).toBe(1);
    const left = await db.selectFrom("mail_outbox").select("to_address").execute();
    expect(left.map((row) => row.to_address)).toEqual(["new@example.com"]);
  });
});
