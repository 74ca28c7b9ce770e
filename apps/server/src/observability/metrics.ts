import type { PoolStats } from "@pagewise/db";
import type { MiddlewareHandler } from "hono";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { routeLabel } from "./route-label";

/**
 * Prometheus metrics for one server process: requests and their latency per
 * route or procedure, auth events by kind, the assistant's answers and readers'
 * votes on them, database pool use, process health.
 */
export function createMetrics(poolStats?: () => PoolStats | undefined) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "pagewise_" });

  const requests = new Counter({
    name: "pagewise_http_requests_total",
    help: "HTTP requests, by method, route or tRPC procedure, and status",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "pagewise_http_request_duration_seconds",
    help: "HTTP request latency, by route or tRPC procedure (rag.query is retrieval and answering)",
    labelNames: ["method", "route"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const authEvents = new Counter({
    name: "pagewise_auth_events_total",
    help: "Auth events recorded, by kind",
    labelNames: ["kind"],
    registers: [registry],
  });
  const answers = new Counter({
    name: "pagewise_assistant_answers_total",
    help: "Assistant answers (rag.query, rag.ask, POST /api/v1/query), by mode and outcome (answered or refused)",
    labelNames: ["mode", "outcome"],
    registers: [registry],
  });
  const feedback = new Counter({
    name: "pagewise_assistant_feedback_total",
    help: "Readers' votes on the assistant's answers, by vote (up or down)",
    labelNames: ["vote"],
    registers: [registry],
  });
  new Gauge({
    name: "pagewise_db_pool_connections",
    help: "Database pool connections, by state (network drivers only)",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const stats = poolStats?.();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });

  const middleware: MiddlewareHandler = async (c, next) => {
    const stop = latency.startTimer();
    await next();
    const route = routeLabel(c);
    stop({ method: c.req.method, route });
    requests.inc({ method: c.req.method, route, status: String(c.res.status) });
  };

  return {
    registry,
    middleware,
    countAuthEvent: (kind: string) => authEvents.inc({ kind }),
    countAnswer: (mode: string, answered: boolean) => answers.inc({ mode, outcome: answered ? "answered" : "refused" }),
    countVote: (vote: string) => feedback.inc({ vote }),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
