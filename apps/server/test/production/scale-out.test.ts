import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  redisAndPostgresForTests,
  type ServerProcess,
  startServerProcess,
  TestClient,
  withinOneMinute,
} from "../../src/testing";

const redisUrl = redisAndPostgresForTests("Scale-out (two processes sharing Postgres and Redis)");

describe.runIf(redisUrl !== undefined)("two server processes sharing Postgres and Redis", () => {
  let database: TestDatabase;
  let first: ServerProcess;
  let second: ServerProcess;
  const password = "scale out password";

  beforeAll(async () => {
    database = await createTestDatabase("pg");
    const shared = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl ?? "",
      // Counters from earlier runs within the same minute must not count against this one.
      REDIS_KEY_PREFIX: `pagewise-test-${randomBytes(6).toString("hex")}:`,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      // Both behind one origin, as behind a load balancer.
      BETTER_AUTH_URL: "http://pagewise.test",
      BETTER_AUTH_TRUSTED_ORIGINS: "http://pagewise.test",
      TRUST_PROXY: "true",
    };
    first = await startServerProcess(shared);
    second = await startServerProcess({ ...shared, MIGRATE_ON_START: "false" });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.dispose();
  });

  /** A browser whose requests go to one process or the other, as a load balancer would send them. */
  function balancedBrowser(ip: string) {
    const toFirst = new TestClient(first.url, { origin: "http://pagewise.test", ip });
    const toSecond = new TestClient(second.url, { origin: "http://pagewise.test", ip });
    return { toFirst, toSecond };
  }
  async function copyCookies(from: TestClient, to: TestClient, except: string[] = []) {
    for (const cookie of await from.jar.getCookies(from.baseUrl)) {
      if (!except.includes(cookie.key)) await to.jar.setCookie(`${cookie.key}=${cookie.value}`, to.baseUrl);
    }
  }

  it("shares sessions: created on one, valid on the other; sign-out on one ends it on both", async () => {
    const { toFirst, toSecond } = balancedBrowser("198.51.100.20");
    expect((await toFirst.signUp({ name: "Sc", email: "sc@example.com", password })).status).toBe(200);
    await copyCookies(toFirst, toSecond);
    expect(await toSecond.session({ fresh: true })).toMatchObject({ user: { email: "sc@example.com" } });

    // Keep the raw session cookie, as a stolen copy would, then sign out on the second process.
    const stolen = new TestClient(first.url, { origin: "http://pagewise.test", ip: "198.51.100.21" });
    await copyCookies(toFirst, stolen, ["better-auth.session_data"]);
    expect((await toSecond.post("/api/auth/sign-out")).status).toBe(200);
    expect(await stolen.session()).toBeNull();
    expect(await toFirst.session({ fresh: true })).toBeNull();
  });

  it("counts auth rate limits across both processes", async () => {
    const { toFirst, toSecond } = balancedBrowser("198.51.100.30");
    const attempt = (client: TestClient) =>
      client.post("/api/auth/sign-in/email", { email: "sc@example.com", password: "wrong password" });
    for (const client of [toFirst, toSecond, toFirst, toSecond, toFirst])
      expect((await attempt(client)).status).toBe(401);
    expect((await attempt(toSecond)).status).toBe(429);
  });

  it("counts public API rate limits across both processes", async () => {
    const { toFirst, toSecond } = balancedBrowser("198.51.100.40");
    const ask = (client: TestClient) => client.post("/api/v1/query", { question: "sessions" });
    await withinOneMinute();
    let limited = 0;
    for (let i = 0; i < 62; i++) if ((await ask(i % 2 === 0 ? toFirst : toSecond)).status === 429) limited++;
    expect(limited).toBe(2);
  });
});
