/**
 * `npm run bench`: throughput and latency of the production build on loopback,
 * each figure also as a ratio of a bare Hono route (/healthz) measured in the
 * same run. Not a test: it prints figures, it asserts nothing.
 *
 *   BENCH_SECONDS (default 10) per target, BENCH_CONNECTIONS (default 50).
 */
import autocannon from "autocannon";
import { startServerProcess, TestClient } from "../src/testing";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const server = await startServerProcess({
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "pglite:memory",
    RAG_RATE_LIMIT_PER_MINUTE: "1000000",
    NODE_ENV: "production",
    BETTER_AUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
  });
  try {
    const browser = new TestClient(server.url);
    await browser.post("/api/auth/sign-up/email", {
      name: "Bench",
      email: "bench@example.com",
      password: "bench password 123",
    });
    const cookie = await browser.jar.getCookieString(server.url);
    const question = encodeURIComponent(JSON.stringify({ question: "How do I configure sessions?" }));

    console.log(`Pagewise HTTP benchmark: ${CONNECTIONS} connections, ${SECONDS} s per target, ${server.url}`);
    const results = [
      await measure("GET /healthz (bare Hono route, baseline)", `${server.url}/healthz`),
      await measure("health over tRPC (anonymous)", `${server.url}/trpc/health`),
      await measure("rag.query over tRPC (anonymous)", `${server.url}/trpc/rag.query?input=${question}`),
      await measure("profile.get over tRPC (signed in)", `${server.url}/trpc/profile.get`, { cookie }),
    ];
    const [baseline, health, , profile] = results;
    if (!baseline || !health || !profile) throw new Error("missing results");

    const pad = (value: string, width: number) => value.padEnd(width);
    console.log(
      `\n${pad("target", 42)} ${pad("req/s", 9)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("× baseline", 11)} errors`,
    );
    for (const r of results) {
      console.log(
        `${pad(r.name, 42)} ${pad(r.requestsPerSecond.toFixed(0), 9)} ${pad(String(r.p50), 7)} ${pad(String(r.p99), 7)} ${pad((r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2), 11)} ${r.non2xx}`,
      );
    }
    const ratio = profile.requestsPerSecond / health.requestsPerSecond;
    console.log(`\nsigned-in profile.get ÷ anonymous health over tRPC: ${ratio.toFixed(2)} (target ≥ 0.70)`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
