import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  redisAndPostgresForTests,
  type ServerProcess,
  startServerProcess,
  startTcpProxyFor,
  type TcpProxy,
  TestClient,
} from "../../src/testing";

const redisUrl = redisAndPostgresForTests("The Redis outage test");

describe.runIf(redisUrl !== undefined)("when Redis goes away (through a TCP proxy)", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: ServerProcess;
  const credentials = { email: "r@example.com", password: "redis outage password" };

  beforeAll(async () => {
    database = await createTestDatabase("pg");
    const proxied = await startTcpProxyFor(redisUrl ?? "", 6379);
    proxy = proxied.proxy;
    server = await startServerProcess({
      DATABASE_URL: database.url,
      REDIS_URL: proxied.url,
      // Counters from earlier runs within the same minute must not count against this one.
      REDIS_KEY_PREFIX: `pagewise-test-${randomBytes(6).toString("hex")}:`,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.dispose();
  });

  it("answers 503 where sessions are needed, keeps serving readers, and recovers by itself", async () => {
    const browser = new TestClient(server.url);
    expect((await browser.signUp({ name: "R", ...credentials })).status).toBe(200);
    // Without the signed cache cookie, each request has to look the session up in Redis.
    const uncached = new TestClient(server.url);
    for (const cookie of await browser.jar.getCookies(server.url)) {
      if (cookie.key.endsWith("session_token")) await uncached.jar.setCookie(cookie.toString(), server.url);
    }
    expect((await uncached.get("/api/v1/profile")).status).toBe(200);

    await proxy.cut();
    const ready = await browser.get("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "degraded",
      database: "up",
      sessionStore: "down",
      book: expect.objectContaining({ failedPages: 0 }),
    });

    const needSessions = [
      await new TestClient(server.url).post("/api/auth/sign-in/email", credentials),
      await uncached.get("/api/auth/get-session"),
      await uncached.get("/api/v1/profile"),
      await uncached.get("/trpc/profile.get"),
    ];
    for (const response of needSessions) {
      expect(response.status).toBe(503);
      expect(JSON.stringify(await response.json())).toMatch(/session store cannot be reached/);
    }
    // Anonymous readers are unaffected.
    const answer = await new TestClient(server.url).post("/api/v1/query", { question: "sessions" });
    expect(answer.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/"status":500/);

    await proxy.restore();
    const readiness = z.object({ status: z.string() });
    await expect
      .poll(async () => readiness.parse(await (await browser.get("/readyz")).json()).status, { timeout: 15_000 })
      .toBe("ready");
    expect((await uncached.get("/trpc/profile.get")).status).toBe(200);
    expect((await new TestClient(server.url).post("/api/auth/sign-in/email", credentials)).status).toBe(200);
  });
});
