import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { rateLimit } from "../../src/http/rate-limit";
import type { RateLimitStore } from "../../src/http/rate-limit-store";

/** Counts in memory, and can be switched off to stand for Redis or the database going away. */
function switchableStore() {
  const counts = new Map<string, number>();
  const state = { up: true, asked: 0 };
  const store: RateLimitStore = {
    async hit(key) {
      state.asked++;
      if (!state.up) throw new Error("counters unavailable");
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return { count, resetAt: Date.now() + 60_000 };
    },
    async close() {},
  };
  return { store, state };
}

function appWith(store: RateLimitStore, errors: unknown[], storeRetryMs: number) {
  const app = new Hono();
  app.use(
    "*",
    rateLimit({
      store,
      limit: 2,
      windowMs: 60_000,
      clientOf: () => "client",
      applies: () => true,
      onStoreError: (error) => errors.push(error),
      storeRetryMs,
    }),
  );
  app.get("/", (c) => c.text("ok"));
  return app;
}

describe("rateLimit", () => {
  it("answers 429 with Retry-After past the limit", async () => {
    const { store } = switchableStore();
    const app = appWith(store, [], 1_000);
    expect((await app.request("/")).status).toBe(200);
    expect((await app.request("/")).status).toBe(200);
    const refused = await app.request("/");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("keeps limiting in this process while the store is down, asks it again later, and reports once per attempt", async () => {
    const { store, state } = switchableStore();
    const errors: unknown[] = [];
    const app = appWith(store, errors, 200);
    state.up = false;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request("/")).status);
    // The in-process fallback holds the limit (2) instead of letting everything through.
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
    // One failed attempt, then the store is left alone: no request waits on it, one log line.
    expect(state.asked).toBe(1);
    expect(errors).toHaveLength(1);

    state.up = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await app.request("/")).status).toBe(200);
    expect(state.asked).toBe(2);
    expect((await app.request("/")).status).toBe(200);
    expect((await app.request("/")).status).toBe(429);
  });
});
