import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
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

describe("sliding rate-limit windows", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("in the database, a burst just before a window boundary still counts just after it", async () => {
    expect(await burstAcrossBoundary(databaseRateLimitStore(database.db), "db-client")).toBeGreaterThanOrEqual(8);
  });

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
