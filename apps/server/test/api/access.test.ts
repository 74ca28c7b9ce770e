import { appRouter } from "@pagewise/api";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestApp, type TestApp, type TestClient } from "../../src/testing";

/**
 * Every procedure's access class, decided here on purpose: a procedure added
 * without a line in this table fails the test. This replaces the original
 * system's is_endpoint_accessible allow-list.
 */
const ACCESS: Record<string, "public" | "protected" | "admin"> = {
  health: "public",
  "rag.query": "public",
  "rag.select": "public",
  "rag.ask": "public",
  "rag.feedback": "public",
  "docs.list": "public",
  "docs.get": "public",
  "docs.book": "public",
  "docs.searchIndex": "public",
  "docs.privacy": "public",
  "profile.backgrounds": "public",
  "profile.get": "protected",
  "profile.upsert": "protected",
  "account.export": "protected",
  "account.sessions": "protected",
  "account.revokeSession": "protected",
  "admin.stats": "admin",
  "admin.assistantStats": "admin",
  "admin.actions": "admin",
  "admin.listUsers": "admin",
  "admin.setRole": "admin",
  "admin.banUser": "admin",
  "admin.unbanUser": "admin",
  "admin.revokeUserSessions": "admin",
};

const procedureShape = z.object({
  _def: z.object({ type: z.string(), meta: z.object({ access: z.string() }).partial().optional() }),
});
const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
  // Procedures are functions carrying their definition; read it as data.
  const definition: unknown = Reflect.get(procedure, "_def");
  const { _def } = procedureShape.parse({ _def: definition });
  return { path, type: _def.type, access: _def.meta?.access };
});
const errorBody = z.object({ error: z.object({ data: z.object({ code: z.string() }) }) });

/** Calls a procedure over HTTP with an empty input and returns the tRPC error code, if any. */
async function call(browser: TestClient, path: string, type: string): Promise<string | undefined> {
  const response =
    type === "query"
      ? await browser.get(`/trpc/${path}?input=${encodeURIComponent("{}")}`)
      : await browser.post(`/trpc/${path}`, {});
  const parsed = errorBody.safeParse(await response.json());
  return parsed.success ? parsed.data.error.data.code : undefined;
}

describe("access to every procedure", () => {
  let database: TestDatabase;
  let server: TestApp;
  let reader: TestClient;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startTestApp(database);
    reader = server.client();
    await reader.post("/api/auth/sign-up/email", { name: "R", email: "r@example.com", password: "reader password" });
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  it("is decided for each procedure, and matches the table", () => {
    expect(procedures.map((p) => p.path).sort()).toEqual(Object.keys(ACCESS).sort());
    for (const { path, access } of procedures) expect({ path, access }).toEqual({ path, access: ACCESS[path] });
  });

  it.each(procedures)("$path is enforced over HTTP", async ({ path, type }) => {
    const anonymous = await call(server.client(), path, type);
    const signedIn = await call(reader, path, type);
    if (ACCESS[path] === "public") {
      expect(anonymous).not.toBe("UNAUTHORIZED");
      expect(anonymous).not.toBe("FORBIDDEN");
    } else {
      expect(anonymous).toBe("UNAUTHORIZED");
    }
    if (ACCESS[path] === "admin") expect(signedIn).toBe("FORBIDDEN");
    if (ACCESS[path] === "protected") expect(signedIn).not.toBe("UNAUTHORIZED");
  });
});
