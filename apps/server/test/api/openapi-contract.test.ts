import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { errorBody } from "@pagewise/api";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import createClient from "openapi-fetch";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type TestClient, useTestApp, withinOneMinute } from "../../src/testing";
import type { paths } from "./support/openapi.generated";

/**
 * The OpenAPI document is a contract: it is valid OpenAPI, the typed client
 * generated from it is the committed one, and every operation, called through
 * that client against the real server signed out and signed in, answers only
 * statuses the document lists, with bodies and headers that match it (errors:
 * the one documented shape). `OPENAPI_TYPES=write` rewrites the committed types.
 */
const GENERATED_TYPES = new URL("./support/openapi.generated.ts", import.meta.url);
const PER_MINUTE = 12;
const password = "contract test password";

const documentShape = z.object({
  paths: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        responses: z.record(
          z.string(),
          z.object({
            headers: z.record(z.string(), z.unknown()).optional(),
            content: z.object({ "application/json": z.object({ schema: z.unknown() }) }).optional(),
          }),
        ),
      }),
    ),
  ),
});
type DocumentShape = z.infer<typeof documentShape>;

describe("the OpenAPI document, against the server", () => {
  const app = useTestApp("pglite", { publicRateLimitPerMinute: PER_MINUTE });
  let document: DocumentShape;
  // The server's document, saved as a file for the parser (it reads files and URLs, not objects).
  let documentFile = "";
  const documentUrl = () => new URL("/api/openapi.json", app.server.url);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const called = new Set<string>();

  beforeAll(async () => {
    const directory = await mkdtemp(join(tmpdir(), "pagewise-openapi-"));
    documentFile = join(directory, "openapi.json");
    await writeFile(documentFile, await (await fetch(documentUrl())).text());
    document = documentShape.parse(await SwaggerParser.dereference(documentFile));
  });

  afterAll(async () => {
    if (documentFile) await rm(dirname(documentFile), { recursive: true, force: true });
  });

  /** Asserts that the answer is one the document lists for the operation, and returns its body. */
  function expectDocumented(method: string, path: string, status: number, headers: Headers, body: unknown) {
    called.add(`${method} ${path}`);
    const operation = document.paths[path]?.[method.toLowerCase()];
    const documented = operation?.responses[String(status)];
    expect({ method, path, status, documented: documented !== undefined }).toEqual({
      method,
      path,
      status,
      documented: true,
    });
    const schema = documented?.content?.["application/json"]?.schema;
    if (schema !== undefined) {
      const validate = ajv.compile(z.record(z.string(), z.unknown()).parse(schema));
      expect({ method, path, status, errors: validate(body) ? null : validate.errors }).toEqual({
        method,
        path,
        status,
        errors: null,
      });
    }
    for (const name of Object.keys(documented?.headers ?? {})) {
      expect({ path, status, header: name, sent: headers.has(name) }).toEqual({
        path,
        status,
        header: name,
        sent: true,
      });
    }
    if (status >= 400) errorBody.parse(body);
  }

  /** The typed client, sending through a test browser (its cookie jar and client IP). */
  function apiFor(browser: TestClient) {
    const client = createClient<paths>({
      baseUrl: app.server.url,
      fetch: async (request) => {
        const body = request.method === "GET" ? "" : await request.text();
        return browser.request(request.url, {
          method: request.method,
          headers: request.headers,
          ...(body !== "" && { body }),
        });
      },
    });
    // Every answer is checked against the document as it arrives.
    client.use({
      async onResponse({ request, response, schemaPath }) {
        const text = await response.clone().text();
        expectDocumented(request.method, schemaPath, response.status, response.headers, text ? JSON.parse(text) : null);
      },
    });
    return client;
  }

  it("is valid OpenAPI 3.1", async () => {
    const validated = z.object({ openapi: z.string() }).parse(await SwaggerParser.validate(documentFile));
    expect(validated.openapi).toMatch(/^3\.1\./);
  });

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: await readFile(documentFile, "utf8"), config });
    const found = problems.map(({ ruleId, severity, message, location }) => ({
      ruleId,
      severity,
      message,
      at: location[0]?.pointer,
    }));
    expect(found).toEqual([]);
  });

  it("generates the committed typed client", async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(documentUrl()));
    if (process.env.OPENAPI_TYPES === "write") await writeFile(GENERATED_TYPES, generated);
    expect(generated, "apps/server/test/api/support/openapi.generated.ts is stale: run with OPENAPI_TYPES=write").toBe(
      await readFile(GENERATED_TYPES, "utf8"),
    );
  });

  it("answers every operation signed out as documented", async () => {
    const api = apiFor(app.server.client());
    expect((await api.GET("/api/v1/profile")).response.status).toBe(401);
    expect((await api.POST("/api/v1/profile", { body: { consentGiven: false } })).response.status).toBe(401);
    const asked = await api.POST("/api/v1/query", { body: { question: "How do sessions work?" } });
    expect(asked.response.status).toBe(200);
    expect((await api.POST("/api/v1/select", { body: { text: "sessions and cookies" } })).response.status).toBe(200);
    const questionId = asked.data?.questionId;
    expect(questionId).toEqual(expect.any(String));
    if (questionId === undefined) return;
    expect((await api.POST("/api/v1/feedback", { body: { questionId, vote: "up" } })).response.status).toBe(200);
    const unknown = await api.POST("/api/v1/feedback", { body: { questionId: crypto.randomUUID(), vote: "up" } });
    expect(unknown.error?.error.code).toBe("NOT_FOUND");

    expect((await api.GET("/auth/session")).data).toBeNull();
    expect((await api.POST("/auth/signout")).data).toEqual({ success: true });
    const wrong = await api.POST("/auth/signin", { body: { email: "nobody@example.com", password } });
    expect(wrong.error?.error.code).toBe("UNAUTHORIZED");
    const invalid = await api.POST("/auth/signup", { body: { name: "X", email: "not an email", password } });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.error.fieldErrors).toHaveProperty(["email"]);
  });

  it("answers every operation signed in (the session cookie) as documented", async () => {
    const browser = app.server.client();
    const api = apiFor(browser);
    const signedUp = await api.POST("/auth/signup", {
      body: { name: "Contract", email: "contract@example.com", password },
    });
    expect(signedUp.response.status).toBe(200);
    // The cookie the document names is the one the server sets.
    expect(await browser.cookieNames()).toContain(await documentedCookie(app.server.url));
    const taken = await apiFor(app.server.client()).POST("/auth/signup", {
      body: { name: "Again", email: "contract@example.com", password },
    });
    expect(taken.error?.error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(
      (await api.POST("/auth/signin", { body: { email: "contract@example.com", password } })).data?.user.email,
    ).toBe("contract@example.com");
    expect((await api.GET("/auth/session")).data?.user.email).toBe("contract@example.com");

    expect((await api.GET("/api/v1/profile")).data?.consentGiven).toBe(false);
    const saved = await api.POST("/api/v1/profile", {
      body: { preferences: { answerStyle: "detailed" }, consentGiven: false },
    });
    expect(saved.data?.preferences?.answerStyle).toBe("detailed");
    const refused = await api.POST("/api/v1/query", { body: { question: "" } });
    expect(refused.error?.error.fieldErrors).toHaveProperty(["question"]);
    const asked = await api.POST("/api/v1/query", { body: { question: "How do I configure SMTP?" } });
    expect(asked.response.status).toBe(200);
    expect((await api.POST("/api/v1/select", { body: { text: "SMTP" } })).response.status).toBe(200);
    const questionId = asked.data?.questionId ?? "";
    expect((await api.POST("/api/v1/feedback", { body: { questionId, vote: "down" } })).response.status).toBe(200);

    expect((await api.POST("/auth/signout")).data).toEqual({ success: true });
    expect((await api.GET("/api/v1/profile")).error?.error.code).toBe("UNAUTHORIZED");
    expect((await api.GET("/auth/session")).data).toBeNull();
  });

  it("documents the server's own answers: 413, 415 and 429 with its headers", async () => {
    const browser = app.server.client();
    const raw = async (init: RequestInit) => {
      const response = await browser.request("/api/v1/query", { method: "POST", ...init });
      expectDocumented("POST", "/api/v1/query", response.status, response.headers, await response.json());
      return response.status;
    };
    const json = { "content-type": "application/json" };
    expect(await raw({ headers: json, body: JSON.stringify({ question: "x".repeat(70_000) }) })).toBe(413);
    expect(await raw({ body: JSON.stringify({ question: "sessions" }) })).toBe(415);
    await withinOneMinute();
    const statuses: number[] = [];
    for (let call = 0; call <= PER_MINUTE; call++) {
      statuses.push(await raw({ headers: json, body: JSON.stringify({ question: "sessions" }) }));
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it("has called every documented operation (a new operation joins the contract)", () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(0);
    expect([...called].sort()).toEqual(expect.arrayContaining(operations.sort()));
  });
});

/** The session cookie's name, as the document's security scheme says. */
async function documentedCookie(baseUrl: string): Promise<string> {
  const document = z
    .object({ components: z.object({ securitySchemes: z.object({ sessionCookie: z.object({ name: z.string() }) }) }) })
    .parse(await (await fetch(new URL("/api/openapi.json", baseUrl))).json());
  return document.components.securitySchemes.sessionCookie.name;
}

describe("the OpenAPI document under https (secure cookies)", () => {
  const app = useTestApp("pglite", { auth: { secureCookies: true } });

  it("names the __Secure- cookie Better Auth sets there", async () => {
    expect(await documentedCookie(app.server.url)).toBe("__Secure-better-auth.session_token");
  });
});
