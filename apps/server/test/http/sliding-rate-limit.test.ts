import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  databaseRateLimitStore,
  memoryRateLimitStore,
  type RateLimitStore,
  redisRateLimitStore,
} from "../../src/http/rate-limit-store";
import { redisAndPostgresForTests, useTestApp } from "../../src/testing";

const WINDOW_MS = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A burst at the end of one window, then a request just after the boundary: it must still count the burst. */
async function burstAcrossBoundary(store: RateLimitStore, key: string): Promise<number> {
  // The first call opens connections: not part of the burst.
  await store.hit(`${key}-warm-up`, WINDOW_MS);
  const untilLateInWindow = WINDOW_MS - (Date.now() % WINDOW_MS) - 400;
  await sleep(untilLateInWindow > 0 ? untilLateInWindow : untilLateInWindow + WINDOW_MS);
  for (let i = 0; i < 10; i++) await store.hit(key, WINDOW_MS);
  await sleep(WINDOW_MS - (Date.now() % WINDOW_MS) + 20);
  return (await store.hit(key, WINDOW_MS)).count;
}

describe.each(testDrivers())("sliding rate-limit windows in the database on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("in the database, a burst just before a window boundary still counts just after it", async () => {
    expect(await burstAcrossBoundary(databaseRateLimitStore(database.db), "db-client")).toBeGreaterThanOrEqual(8);
  });

  it("in the database, concurrent hits each get their own count, written together", async () => {
    const store = databaseRateLimitStore(database.db);
    const hits = await Promise.all(
      Array.from({ length: 30 }, (_, i) => store.hit(i % 3 === 0 ? "db-crowd-b" : "db-crowd-a", 60_000, 1)),
    );
    const countsOf = (every: (i: number) => boolean) =>
      hits
        .filter((_, i) => every(i))
        .map((hit) => hit.count)
        .sort((a, b) => a - b);
    expect(countsOf((i) => i % 3 !== 0)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(countsOf((i) => i % 3 === 0)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    const stored = await database.db
      .selectFrom("request_rate")
      .select(["key", "count"])
      .where("key", "like", "db-crowd-%")
      .execute();
    expect(stored.map((row) => row.count).sort((a, b) => a - b)).toEqual([10, 20]);
  });

  it("in the database, a key's previous window counts towards its sliding count", async () => {
    const store = databaseRateLimitStore(database.db);
    const windowMs = 60_000;
    const previous = 100_000;
    const overlapAt = (now: number) => 1 - (now - Math.floor(now / windowMs) * windowMs) / windowMs;
    const windowStart = Math.floor(Date.now() / windowMs) * windowMs;
    await database.db
      .insertInto("request_rate")
      .values({ key: `db-returning@${windowStart - windowMs}`, window_start: windowStart - windowMs, count: previous })
      .execute();
    const before = overlapAt(Date.now());
    const { count } = await store.hit("db-returning", windowMs);
    const after = overlapAt(Date.now());
    // The previous window's count, weighted by how much of it the sliding window still covers, plus this hit.
    expect(count).toBeGreaterThanOrEqual(Math.floor(previous * Math.min(before, after)) + 1);
    expect(count).toBeLessThanOrEqual(Math.floor(previous * Math.max(before, after)) + 1);
  });
});

describe("sliding rate-limit windows elsewhere", () => {
  it("in memory (the fallback), the same", async () => {
    expect(await burstAcrossBoundary(memoryRateLimitStore(), "memory-client")).toBeGreaterThanOrEqual(8);
  });

  const redisUrl = redisAndPostgresForTests("The Redis sliding window");
  it.runIf(redisUrl !== undefined)("in Redis, the same", async () => {
    const store = redisRateLimitStore(redisUrl ?? "", `pagewise-test-${randomBytes(6).toString("hex")}:`);
    try {
      expect(await burstAcrossBoundary(store, "redis-client")).toBeGreaterThanOrEqual(8);
    } finally {
      await store.close();
    }
  });
});

describe("IPv6 clients", () => {
  const app = useTestApp("pglite", { publicRateLimitPerMinute: 3 });
  const ask = (ip: string) =>
    app.server.client({ ip }).get(`/trpc/rag.select?input=${encodeURIComponent(JSON.stringify({ text: "cookies" }))}`);

  it("share one public limit per /64 network", async () => {
    for (const ip of ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"])
      expect((await ask(ip)).status).toBe(200);
    expect((await ask("2001:db8:1:2:abcd:ef01:2345:6789")).status).toBe(429);
    expect((await ask("2001:db8:1:3::1")).status).toBe(200);
  });
});
