import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger";
import { useTestApp } from "../../src/testing";

const TOKEN = "route-labels-metrics-token";

/**
 * Metric labels and request-log routes come from a fixed set: a client asking
 * for made-up procedures gets no series (or log field) of its own.
 */
describe("route labels", () => {
  const routes: unknown[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) routes.push(JSON.parse(line).route);
      done();
    },
  });
  const app = useTestApp("pglite", { metricsToken: TOKEN, logger: createLogger("info", destination) });

  const metrics = async () =>
    (await app.server.client().get("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } })).text();

  it("labels unknown procedures `trpc:unknown`, in metrics and in the request log", async () => {
    const browser = app.server.client();
    for (let i = 0; i < 30; i++) expect((await browser.get(`/trpc/junk_${i}`)).status).toBe(404);
    await browser.get("/trpc/health,junk_x?batch=1&input=%7B%7D");
    const text = await metrics();
    expect(text).not.toContain("junk_");
    expect(text).toMatch(/pagewise_http_requests_total\{method="GET",route="trpc:unknown",status="404"\} 3\d/);
    expect(routes.filter((route) => String(route).includes("junk_"))).toEqual([]);
    expect(routes).toContain("trpc:unknown");
  });

  it("names an existing procedure, and collapses batches of different ones", async () => {
    const browser = app.server.client();
    await browser.get("/trpc/health");
    await browser.get("/trpc/health,health?batch=1&input=%7B%7D");
    await browser.get("/trpc/health,docs.list?batch=1&input=%7B%7D");
    await browser.get("/trpc/docs.list,health?batch=1&input=%7B%7D");
    const text = await metrics();
    expect(text).toMatch(/pagewise_http_requests_total\{method="GET",route="trpc:health",status="200"\} 2/);
    expect(text).toMatch(/route="trpc:batch",status="200"\} 2/);
    expect(text).not.toContain("trpc:health,docs.list");
  });
});
