import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess, TestClient, trpcClientFor } from "../../src/testing";

const email = "observable.reader@example.com";
const password = "a very secret password 42";
const METRICS_TOKEN = "observability metrics token";

describe("logs and metrics of a full journey", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-observe-"));
  let server: ServerProcess;
  let secrets: string[] = [];

  beforeAll(async () => {
    server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}`, METRICS_TOKEN: METRICS_TOKEN });
    const browser = new TestClient(server.url);
    await browser.signUp({ name: "Obs", email, password });
    await browser.post("/api/auth/sign-out");
    await browser.post("/api/auth/sign-in/email", { email, password: "wrong password!!" });
    await browser.post("/api/auth/sign-in/email", { email, password });
    const api = trpcClientFor(browser);
    await api.profile.upsert.mutate({
      softwareBackground: { level: "beginner", languages: [], notes: "" },
      consentGiven: true,
    });
    await api.rag.query.query({ question: "How do I reset my password?" });
    await browser.post("/api/auth/request-password-reset", { email });
    const cookies = (await browser.jar.getCookies(server.url)).map((cookie) => cookie.value);
    const session = await browser.session();
    secrets = [email, password, ...cookies, session?.session.token ?? "missing token"].filter(
      (value) => value.length > 6,
    );
    await browser.post("/api/auth/sign-out");
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("logs one JSON line per request with id, method, route, status and duration", () => {
    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
    const requests = lines.filter((line) => line.msg === "request" || line.msg === "request failed");
    expect(requests.length).toBeGreaterThanOrEqual(9);
    for (const line of requests) {
      expect(line).toEqual(
        expect.objectContaining({
          reqId: expect.any(String),
          method: expect.any(String),
          route: expect.any(String),
          status: expect.any(Number),
          durationMs: expect.any(Number),
        }),
      );
    }
    expect(requests.map((line) => line.route)).toEqual(
      expect.arrayContaining(["/api/auth/*", "trpc:profile.upsert", "trpc:rag.query"]),
    );
  });

  it("never logs cookies, tokens, passwords or emails", () => {
    const output = server.output();
    // The development outbox logs the reset mail's text (with its link) in development only; this server runs as NODE_ENV=test.
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/better-auth\.session_token/);
  });

  it("exposes Prometheus metrics per route and procedure, and auth events by kind", async () => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const metrics = await response.text();
    expect(metrics).toMatch(/pagewise_http_requests_total\{method="POST",route="trpc:profile.upsert",status="200"\} 1/);
    expect(metrics).toMatch(
      /pagewise_http_request_duration_seconds_bucket\{le="[\d.]+",method="GET",route="trpc:rag.query"\}/,
    );
    expect(metrics).toMatch(/pagewise_auth_events_total\{kind="sign_up"\} 1/);
    expect(metrics).toMatch(/pagewise_auth_events_total\{kind="sign_in_failed"\} 1/);
    expect(metrics).toMatch(/pagewise_process_cpu_seconds_total/);
  });
});
