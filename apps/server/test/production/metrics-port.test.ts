import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type ServerProcess, startServerProcess } from "../../src/testing";

describe("METRICS_PORT", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-metrics-"));
  let server: ServerProcess;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freePort();
    server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}`, METRICS_PORT: String(metricsPort) });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves /metrics on its own port only", async () => {
    await fetch(`${server.url}/trpc/health`);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(
      /pagewise_http_requests_total\{method="GET",route="trpc:health",status="200"\}/,
    );
    expect((await fetch(`http://127.0.0.1:${metricsPort}/trpc/health`)).status).toBe(404);
  });
});
