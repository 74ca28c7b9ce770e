import { appRouter } from "@pagewise/api";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { claimAdmin, clientRowsFingerprint, startTestApp, type TestApp, type TestClient } from "../../src/testing";

/**
 * Hostile input everywhere: malformed, oversized, deeply nested and
 * control-character input to every tRPC procedure (GET, GET batch, POST),
 * every REST path and the auth endpoints. Whatever arrives: no 5xx, no hang,
 * the server still answers afterwards, and a rejected call changes no row.
 */
const PROCEDURES = Object.keys(appRouter._def.procedures);
const AUTH_ENDPOINTS = [
  "/api/auth/sign-up/email",
  "/api/auth/sign-in/email",
  "/api/auth/request-password-reset",
  "/api/auth/reset-password",
  "/api/auth/update-user",
  "/api/auth/change-password",
  "/api/auth/revoke-session",
  "/api/auth/delete-user",
  "/auth/signup",
  "/auth/signin",
];
// Not auth_event: a refused sign-in is recorded there on purpose (the auth log).
const openApiShape = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });
const ANSWER_WITHIN_MS = 15_000;

/** Text with control characters, lone surrogates and everything else a string can hold. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\u001b[31m", "\ud800", "%", "%E0%A4%A", "{", "\u007f"),
);
/** JSON values built from hostile text, and the same nested far deeper than any schema expects. */
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      "question",
      "text",
      "source",
      "slug",
      "userId",
      "sessionId",
      "search",
      "name",
      "email",
      "password",
      "token",
      "consentGiven",
    ),
    hostileText,
  ),
  fc.integer({ min: 50, max: 2_000 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`)),
  fc.integer({ min: 1, max: 3 }).map((n) => ({ question: "x".repeat(n * 40_000) })),
);
/** Raw bodies and query values that are not JSON at all. */
const malformedText = fc.oneof(
  hostileText,
  fc.constantFrom("{", "[1,", '{"a":}', "null", "\u0000", "x".repeat(70_000)),
);

describe("fuzzing every entry point", () => {
  let database: TestDatabase;
  let server: TestApp;
  let admin: TestClient;
  let restPaths: { method: string; path: string }[];

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startTestApp(database, {
      auth: { adminEmails: ["fuzzer@example.com"], authRateLimitPerMinute: 10_000 },
    });
    admin = server.client();
    await admin.post("/api/auth/sign-up/email", {
      name: "Fuzzer",
      email: "fuzzer@example.com",
      password: "fuzzing password",
    });
    await claimAdmin(admin, database.db, "fuzzer@example.com", "fuzzing password");
    const document = openApiShape.parse(await (await admin.get("/api/openapi.json")).json());
    restPaths = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  /** One hostile request: answered in time, never 5xx, and a refused one changed nothing. */
  async function check(send: (signal: AbortSignal) => Promise<Response>, what: string): Promise<void> {
    const before = await clientRowsFingerprint(database.db);
    const response = await send(AbortSignal.timeout(ANSWER_WITHIN_MS));
    await response.arrayBuffer();
    expect({ what, status: response.status }).toEqual({ what, status: expect.any(Number) });
    expect(response.status, what).toBeLessThan(500);
    if (response.status >= 400) expect(await clientRowsFingerprint(database.db), what).toBe(before);
  }

  const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value) ?? "null");
  // A URL cannot carry a lone surrogate at all (encodeURIComponent throws): send its replacement instead.
  const encRaw = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "\ufffd"));

  it.each(PROCEDURES)("%s over tRPC: GET, GET batch and POST", async (procedure) => {
    await fc.assert(
      fc.asyncProperty(hostileJson, malformedText, async (input, raw) => {
        await check((signal) => admin.get(`/trpc/${procedure}?input=${enc(input)}`, { signal }), `GET ${procedure}`);
        await check(
          (signal) =>
            admin.get(`/trpc/${procedure},${procedure}?batch=1&input=${enc({ 0: input, 1: input })}`, { signal }),
          `GET batch ${procedure}`,
        );
        await check(
          (signal) => admin.get(`/trpc/${procedure}?input=${encRaw(raw)}`, { signal }),
          `GET raw ${procedure}`,
        );
        await check(
          (signal) =>
            admin.request(`/trpc/${procedure}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: typeof input === "string" ? raw : JSON.stringify(input),
              signal,
            }),
          `POST ${procedure}`,
        );
      }),
      { numRuns: 8 },
    );
  });

  it("every REST path", async () => {
    expect(restPaths.length).toBeGreaterThan(0);
    for (const { method, path } of restPaths) {
      await fc.assert(
        fc.asyncProperty(hostileJson, malformedText, async (input, raw) => {
          const url = `/api/v1${path}`;
          if (method === "GET") {
            await check((signal) => admin.get(`${url}?q=${encRaw(raw)}`, { signal }), `${method} ${path}`);
            return;
          }
          for (const body of [JSON.stringify(input), raw]) {
            await check(
              (signal) => admin.request(url, { method, headers: { "content-type": "application/json" }, body, signal }),
              `${method} ${path}`,
            );
          }
        }),
        { numRuns: 8 },
      );
    }
  });

  it.each(AUTH_ENDPOINTS)("%s", async (endpoint) => {
    const browser = server.client();
    await fc.assert(
      fc.asyncProperty(hostileJson, malformedText, async (input, raw) => {
        for (const body of [JSON.stringify(input), raw]) {
          await check(
            (signal) =>
              browser.request(endpoint, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body,
                signal,
              }),
            `POST ${endpoint}`,
          );
        }
      }),
      { numRuns: 8 },
    );
  });

  // Built as text: no JSON.stringify (nor a recursive walk anywhere on the server) survives this depth.
  const deeplyNested = [8_000, 30_000].flatMap((depth) => [
    `${"[".repeat(depth)}${"]".repeat(depth)}`,
    `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
  ]);

  it.each([
    ...AUTH_ENDPOINTS,
    ...PROCEDURES.map((procedure) => `/trpc/${procedure}`),
    "/api/v1/query",
    "/api/v1/feedback",
  ])("%s with JSON nested 8,000 and 30,000 deep", async (endpoint) => {
    const browser = server.client();
    for (const body of deeplyNested) {
      await check(
        (signal) =>
          browser.request(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body, signal }),
        `POST ${endpoint} nested`,
      );
    }
  });

  it.each(["/book-assets/", "/docs/"])("%s with hostile paths", async (prefix) => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (raw) => {
        await check((signal) => admin.get(`${prefix}${encRaw(raw)}`, { signal }), `GET ${prefix}`);
        await check((signal) => admin.get(`${prefix}${encRaw(raw)}/${encRaw(raw)}`, { signal }), `GET ${prefix} 2`);
      }),
      { numRuns: 30 },
    );
    for (const path of ["a%00b", "%00", "a/%00", "%C0%80", "..%2F..%2Fetc%2Fpasswd", "a%2Fb", "%ZZ"]) {
      await check((signal) => admin.get(`${prefix}${path}`, { signal }), `GET ${prefix}${path}`);
    }
  });

  it("still answers afterwards", async () => {
    expect((await admin.get("/healthz")).status).toBe(200);
    expect((await admin.get("/trpc/health")).status).toBe(200);
    expect((await admin.get("/trpc/admin.stats")).status).toBe(200);
  });
});
