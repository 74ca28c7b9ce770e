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

  it("keeps of a session only its network and a coarse device, and no reset token as issued", async () => {
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    const browser = app.server.client({ ip: "198.51.100.77" });
    const email = "sessions.privacy@example.com";
    const headers = { "user-agent": firefox };
    await browser.post("/api/auth/sign-up/email", { name: "S", email, password: "privacy password" }, { headers });
    await browser.post("/api/auth/sign-in/email", { email, password: "privacy password" }, { headers });
    const sessions = await app.database.db.selectFrom("session").select(["ipAddress", "userAgent"]).execute();
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    for (const session of sessions) {
      expect(session.ipAddress === null || /^[\d.]+\/24$|::\/48$/.test(session.ipAddress)).toBe(true);
      expect(session.userAgent === null || !session.userAgent.includes("Mozilla")).toBe(true);
    }
    expect(sessions).toContainEqual({ ipAddress: "198.51.100.0/24", userAgent: "Firefox on Linux" });
    expect(JSON.stringify(sessions)).not.toContain("198.51.100.77");
    // The reader's own list shows what is stored.
    const listed = await browser.get("/trpc/account.sessions");
    expect(JSON.stringify(await listed.json())).toContain("198.51.100.0/24");

    await app.server.client().post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
    const mail = await app.database.db
      .selectFrom("mail_outbox")
      .select("text_body")
      .where("to_address", "=", email)
      .executeTakeFirstOrThrow();
    const token = /reset-password\/([^?\s]+)/.exec(mail.text_body)?.[1] ?? "";
    expect(token.length).toBeGreaterThan(10);
    const stored = await app.database.db.selectFrom("verification").select(["identifier", "value"]).execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(token);
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
    const left = await db
      .selectFrom("mail_outbox")
      .select("to_address")
      .where("to_address", "in", ["old@example.com", "new@example.com"])
      .execute();
    expect(left.map((row) => row.to_address)).toEqual(["new@example.com"]);
  });
});
