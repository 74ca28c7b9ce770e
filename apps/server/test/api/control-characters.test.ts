import { describe, expect, it } from "vitest";
import { z } from "zod";
import { claimAdmin, type TestClient, useTestApp } from "../../src/testing";

const password = "control characters password";
const NUL = "\u0000";

const errorBody = z.object({
  error: z.object({
    message: z.string(),
    data: z.object({ fieldErrors: z.record(z.string(), z.array(z.string())) }).optional(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

/**
 * U+0000 (and other control characters) in any string input: Postgres cannot
 * store it, so before the shared text schema these answered 500. Now: 400,
 * and the message names the field.
 */
describe("control characters in string inputs", () => {
  const app = useTestApp("pglite", { auth: { adminEmails: ["control.admin@example.com"] } });

  async function admin(): Promise<TestClient> {
    const browser = app.server.client();
    const email = "control.admin@example.com";
    const signUp = await browser.post("/api/auth/sign-up/email", { name: "Admin", email, password });
    if (signUp.ok) await claimAdmin(browser, app.database.db, email, password);
    else await browser.post("/api/auth/sign-in/email", { email, password });
    return browser;
  }

  const background = (field: "notes" | "languages" | "devices") => {
    const section = field === "devices" ? "hardwareBackground" : "softwareBackground";
    const list = field === "devices" ? "devices" : "languages";
    return {
      consentGiven: true,
      [section]: {
        level: "beginner",
        [list]: field === "notes" ? [] : [`C${NUL}`],
        notes: field === "notes" ? NUL : "",
      },
    };
  };

  const trpcCases: [procedure: string, kind: "query" | "mutation", input: unknown, field: string][] = [
    ["rag.select", "query", { text: "sessions", source: NUL }, "source"],
    ["rag.select", "query", { text: `sessions${NUL}` }, "text"],
    ["rag.query", "query", { question: `cookies${NUL}` }, "question"],
    ["docs.get", "query", { slug: `intro${NUL}` }, "slug"],
    ["profile.upsert", "mutation", background("notes"), "softwareBackground.notes"],
    ["profile.upsert", "mutation", background("languages"), "softwareBackground.languages.0"],
    ["profile.upsert", "mutation", background("devices"), "hardwareBackground.devices.0"],
    ["account.revokeSession", "mutation", { sessionId: NUL }, "sessionId"],
    ["admin.listUsers", "query", { search: NUL }, "search"],
    ["admin.setRole", "mutation", { userId: NUL, role: "admin" }, "userId"],
    ["admin.banUser", "mutation", { userId: NUL }, "userId"],
    ["admin.banUser", "mutation", { userId: "someone", reason: `spam${NUL}` }, "reason"],
    ["admin.unbanUser", "mutation", { userId: NUL }, "userId"],
    ["admin.revokeUserSessions", "mutation", { userId: NUL }, "userId"],
  ];

  it.each(trpcCases)("tRPC %s (%s) answers 400 naming %s", async (procedure, kind, input, field) => {
    const browser = await admin();
    const response =
      kind === "query"
        ? await browser.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`)
        : await browser.post(`/trpc/${procedure}`, input);
    const body = errorBody.parse(await response.json());
    expect(response.status).toBe(400);
    expect(body.error.message).toContain(`${field}: must not contain control characters`);
    expect(body.error.data?.fieldErrors).toHaveProperty([field]);
  });

  const restCases: [path: string, body: unknown, field: string][] = [
    ["/api/v1/select", { text: "sessions", source: NUL }, "source"],
    ["/api/v1/query", { question: `a${NUL}` }, "question"],
    ["/api/v1/profile", background("notes"), "softwareBackground.notes"],
  ];

  it.each(restCases)("REST %s answers 400 naming %s", async (path, input, field) => {
    const browser = await admin();
    const response = await browser.post(path, input);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(field);
  });

  const authCases: [path: string, body: unknown, field: string][] = [
    ["/api/auth/update-user", { name: `Ada${NUL}` }, "name"],
    ["/api/auth/reset-password", { newPassword: "a new long password", token: NUL }, "token"],
    ["/api/auth/revoke-session", { token: NUL }, "token"],
    ["/api/auth/sign-in/email", { email: "a@example.com", password: `x${NUL}yyyyyyyyyy` }, "password"],
    [
      "/auth/signup",
      { name: "Ada", email: "ada@example.com", password: "long enough", extra: { deep: [NUL] } },
      "extra.deep.0",
    ],
  ];

  it.each(authCases)("Better Auth's %s answers 400 naming %s", async (path, input, field) => {
    const browser = await admin();
    const response = await browser.post(path, input);
    expect(response.status).toBe(400);
    const body = errorBody.parse(await response.json());
    expect(body.error.message).toBe(`${field}: must not contain control characters`);
  });

  it.each([8_000, 30_000])("Better Auth's endpoints answer 400 to JSON nested %i deep", async (depth) => {
    const browser = app.server.client();
    for (const path of ["/api/auth/sign-up/email", "/auth/signin"]) {
      const response = await browser.request(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `${"[".repeat(depth)}${"]".repeat(depth)}`,
      });
      expect(response.status).toBe(400);
      const body = errorBody.parse(await response.json());
      expect(body.error.message).toMatch(/^0(\.0){63}: is nested deeper than 64 levels$/);
    }
  });

  it("checks query strings of auth endpoints too", async () => {
    const response = await (await admin()).get("/api/auth/verify-email?token=%00");
    expect(response.status).toBe(400);
  });

  it("still accepts tabs and newlines in free text", async () => {
    const browser = await admin();
    const response = await browser.post("/trpc/profile.upsert", {
      consentGiven: true,
      softwareBackground: { level: "beginner", languages: [], notes: "line one\n\tline two" },
    });
    expect(response.status).toBe(200);
  });
});
