import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { useTestApp, withinOneMinute } from "../../src/testing";

describe("HTTP hardening", () => {
  const app = useTestApp("pglite", {
    auth: { trustedOrigins: ["https://partner.example"] },
    publicRateLimitPerMinute: 3,
  });

  it.each(["/healthz", "/trpc/health", "/api/auth/get-session", "/api/openapi.json"])(
    "sends security headers on %s",
    async (path) => {
      const response = await app.server.client().get(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-request-id")).toMatch(/.+/);
      // Served over plain http here: no HSTS.
      expect(response.headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("allows CORS with credentials for trusted origins only", async () => {
    const preflight = (origin: string) =>
      fetch(`${app.server.url}/trpc/health`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, authorization",
        },
      });
    const trusted = await preflight("https://partner.example");
    expect(trusted.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(trusted.headers.get("access-control-allow-credentials")).toBe("true");
    // A trusted site may send a bearer token (docs/authentication.md, "Bearer tokens").
    expect(trusted.headers.get("access-control-allow-headers")?.split(/,\s*/)).toContain("authorization");
    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("rejects bodies over 64 KB with 413 on every API surface", async () => {
    const big = { question: "x".repeat(70_000) };
    for (const path of ["/trpc/rag.query", "/api/v1/query", "/api/auth/sign-in/email"]) {
      const response = await app.server.client().post(path, big);
      expect({ path, status: response.status }).toEqual({ path, status: 413 });
    }
  });

  it("counts a body sent without a length (chunked) as it arrives", async () => {
    // node:http sends a body written in pieces, with no Content-Length, as Transfer-Encoding: chunked.
    const post = (pieces: string[]) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(`${app.server.url}/api/v1/query`, {
          method: "POST",
          headers: { "content-type": "application/json" },
        });
        request.on("error", reject);
        request.on("response", (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (piece: string) => {
            body += piece;
          });
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        });
        for (const piece of pieces) request.write(piece);
        request.end();
      });
    const small = await post(['{"question":', '"sessions"}']);
    expect(small.status).toBe(200);
    const big = await post(['{"question":"', ...Array.from({ length: 5 }, () => "x".repeat(16_384)), '"}']);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("limits the public assistant per IP: 429 with Retry-After, counted across tRPC and REST", async () => {
    await withinOneMinute();
    const reader = app.server.client();
    const ask = () =>
      reader.get(`/trpc/rag.query?input=${encodeURIComponent(JSON.stringify({ question: "sessions" }))}`);
    expect((await ask()).status).toBe(200);
    expect((await reader.post("/api/v1/query", { question: "cookies" })).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } } });
    // Another reader, and the rest of the API, are unaffected.
    expect((await app.server.client().post("/api/v1/query", { question: "cookies" })).status).toBe(200);
    expect((await reader.get("/trpc/health")).status).toBe(200);
  });
});
