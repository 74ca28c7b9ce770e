import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redisRateLimitStore } from "../../src/http/rate-limit-store";
import { MAX_TRPC_BATCH } from "../../src/http/trpc-batch";
import { redisAndPostgresForTests, useTestApp, withinOneMinute } from "../../src/testing";

const batchOf = (procedure: string, size: number, input: unknown) => {
  const inputs = Object.fromEntries(Array.from({ length: size }, (_, i) => [i, input]));
  return `/trpc/${Array(size).fill(procedure).join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
};

/**
 * One request carrying many assistant calls must cost as many units of the
 * public limit as it has calls, and a batch has a size cap.
 */
describe("tRPC batches and the public rate limit", () => {
  const app = useTestApp("pglite", { publicRateLimitPerMinute: 10 });
  const select = { text: "sessions cookies redis" };

  it(`refuses a batch of more than ${MAX_TRPC_BATCH} calls with 400 and says why`, async () => {
    const response = await app.server.client().get(batchOf("rag.select", MAX_TRPC_BATCH + 1, select));
    expect(response.status).toBe(400);
    // tRPC's own envelope, as tRPC clients read every /trpc error.
    expect(await response.json()).toMatchObject({
      error: {
        message: `A tRPC batch may carry at most ${MAX_TRPC_BATCH} calls; this one has ${MAX_TRPC_BATCH + 1}. Split it into smaller batches.`,
        code: -32600,
        data: { code: "BAD_REQUEST", httpStatus: 400 },
      },
    });
    const post = await app.server.client().post(`/trpc/${Array(200).fill("health").join(",")}?batch=1`, {});
    expect(post.status).toBe(400);
  });

  it("counts every rag.* call of a batch against the limit", async () => {
    await withinOneMinute();
    const browser = app.server.client();
    const batch = await browser.get(batchOf("rag.select", 8, select));
    expect(batch.status).toBe(200);
    expect(batch.headers.get("ratelimit-remaining")).toBe("2");
    const tooMany = await browser.get(batchOf("rag.select", 3, select));
    expect(tooMany.status).toBe(429);
    // Other procedures are not limited.
    expect((await browser.get("/trpc/health")).status).toBe(200);
  });

  it("counts a mixed batch by its assistant calls only", async () => {
    const browser = app.server.client();
    const mixed = `/trpc/health,rag.select,docs.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 1: select }))}`;
    const response = await browser.get(mixed);
    expect(response.status).toBe(200);
    expect(response.headers.get("ratelimit-remaining")).toBe("9");
  });
});

const redisUrl = redisAndPostgresForTests("The Redis rate-limit store");

describe.runIf(redisUrl !== undefined)("the Redis rate-limit store", () => {
  it("adds a request's whole cost at once", async () => {
    const store = redisRateLimitStore(redisUrl ?? "", `pagewise-test-${randomBytes(6).toString("hex")}:`);
    try {
      expect((await store.hit("client", 60_000, 5)).count).toBe(5);
      expect((await store.hit("client", 60_000)).count).toBe(6);
    } finally {
      await store.close();
    }
  });
});
