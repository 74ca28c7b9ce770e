import { randomBytes } from "node:crypto";
import { createRedisStorage, type RedisStorage } from "@pagewise/auth";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../src/testing";

/** Redis runs beside Postgres in CI; elsewhere these tests say why they are skipped. */
function redisUrl(): string | undefined {
  const url = process.env.TEST_REDIS_URL;
  if (url) return url;
  const why = "TEST_REDIS_URL is not set: rate limits are tested on the database store only, not on Redis.";
  if (process.env.CI === "true") throw new Error(`${why} CI must set it.`);
  console.warn(why);
  return undefined;
}

const stores = ["database", ...(redisUrl() ? ["redis"] : [])] as const;

describe.each(stores)("auth rate limits with the %s store", (store) => {
  let database: TestDatabase;
  let redis: RedisStorage | undefined;
  let server: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    const url = redisUrl();
    redis =
      store === "redis" && url
        ? createRedisStorage(url, `pagewise:test:${randomBytes(6).toString("hex")}:`)
        : undefined;
    server = await startTestApp(database, { secondaryStorage: redis?.storage });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.close();
    await database?.dispose();
  });

  it("answers the 6th sign-in within a minute from one IP with 429 and Retry-After", async () => {
    const attacker = server.client();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await attacker.post("/api/auth/sign-in/email", {
        email: "x@example.com",
        password: "wrong password",
      });
      expect(response.status).toBe(401);
    }
    const limited = await attacker.post("/api/auth/sign-in/email", {
      email: "x@example.com",
      password: "wrong password",
    });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Another address is not affected.
    const bystander = await server
      .client()
      .post("/api/auth/sign-in/email", { email: "x@example.com", password: "wrong password" });
    expect(bystander.status).toBe(401);
  });

  it("limits sign-ups and reset requests too, but not reading the session", async () => {
    const client = server.client();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await client.post("/api/auth/request-password-reset", { email: `r${attempt}@example.com` });
    }
    expect((await client.post("/api/auth/request-password-reset", { email: "r6@example.com" })).status).toBe(429);

    const signer = server.client();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signer.post("/api/auth/sign-up/email", { name: "s", email: `s${attempt}@example.com`, password: "short" });
    }
    expect(
      (
        await signer.post("/api/auth/sign-up/email", {
          name: "s",
          email: "s6@example.com",
          password: "long enough password",
        })
      ).status,
    ).toBe(429);
    expect(await database.db.selectFrom("user").select("id").where("email", "=", "s6@example.com").execute()).toEqual(
      [],
    );

    for (let read = 0; read < 20; read++) expect((await client.get("/api/auth/get-session")).status).toBe(200);
  });
});
