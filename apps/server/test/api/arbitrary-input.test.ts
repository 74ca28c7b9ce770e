import { appRouter } from "@pagewise/api";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { claimAdmin, clientRowsFingerprint, startTestApp, type TestApp, type TestClient } from "../../src/testing";

/**
 * Whatever JSON a client sends to whichever procedure, over tRPC or REST: never
 * a 5xx, and a rejected call changes nothing in the database.
 */
const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
  const definition: unknown = Reflect.get(procedure, "_def");
  const type = typeof definition === "object" && definition !== null && "type" in definition ? definition.type : "";
  return { path, type: String(type) };
});

const openApiShape = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

describe("arbitrary input to every procedure", () => {
  let database: TestDatabase;
  let server: TestApp;
  let admin: TestClient;
  let restPaths: { method: string; path: string }[];

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startTestApp(database, { auth: { adminEmails: ["fuzz@example.com"] } });
    admin = server.client();
    await admin.post("/api/auth/sign-up/email", {
      name: "Fuzz",
      email: "fuzz@example.com",
      password: "fuzzing password",
    });
    await claimAdmin(admin, database.db, "fuzz@example.com", "fuzzing password");
    const document = openApiShape.parse(await (await admin.get("/api/openapi.json")).json());
    restPaths = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  it.each(procedures)("$path over tRPC", async ({ path, type }) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (input) => {
        const before = await clientRowsFingerprint(database.db);
        const response =
          type === "query"
            ? await admin.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`)
            : await admin.post(`/trpc/${path}`, input);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await clientRowsFingerprint(database.db)).toBe(before);
      }),
      { numRuns: 25 },
    );
  });

  it("every REST endpoint", async () => {
    expect(restPaths.length).toBeGreaterThan(0);
    for (const { method, path } of restPaths) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (input) => {
          const before = await clientRowsFingerprint(database.db);
          const url = `/api/v1${path}`;
          const response =
            method === "GET"
              ? await admin.get(`${url}?${new URLSearchParams({ q: JSON.stringify(input) })}`)
              : await admin.request(url, {
                  method,
                  headers: { "content-type": "application/json" },
                  body: JSON.stringify(input),
                });
          expect({ method, path, status: response.status }).toEqual({ method, path, status: expect.any(Number) });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(await clientRowsFingerprint(database.db)).toBe(before);
        }),
        { numRuns: 25 },
      );
    }
  });

  it("never sends a stack trace", async () => {
    const response = await admin.post("/trpc/profile.upsert", { consentGiven: "maybe" });
    expect(JSON.stringify(await response.json())).not.toMatch(/stack|at .*\.ts:\d+/);
  });
});
