import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { apiError } from "../http/api-error";
import type { Metrics } from "./metrics";

/**
 * Who may read /metrics. Request counts, latencies and process details are
 * operational data, not for the public: on the app's own port /metrics is
 * served only with METRICS_TOKEN, and only to `Authorization: Bearer <token>`;
 * METRICS_PORT serves it, without a token, on a separate listener meant to be
 * reachable only from inside the deployment. Neither set: no /metrics.
 */
export function mountMetrics(app: Hono, metrics: Metrics, token: string | undefined): void {
  if (token === undefined) return;
  const expected = Buffer.from(`Bearer ${token}`);
  app.get("/metrics", async (c) => {
    const given = Buffer.from(c.req.header("authorization") ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      c.header("WWW-Authenticate", 'Bearer realm="metrics"');
      return apiError(c, "UNAUTHORIZED", "/metrics needs the METRICS_TOKEN bearer token.");
    }
    return c.body(await metrics.render(), 200, { "Content-Type": metrics.contentType });
  });
}

/** The separate listener's app (METRICS_PORT): /metrics and nothing else. */
export function metricsOnlyApp(metrics: Metrics): Hono {
  const app = new Hono();
  app.get("/metrics", async (c) => c.body(await metrics.render(), 200, { "Content-Type": metrics.contentType }));
  return app;
}
