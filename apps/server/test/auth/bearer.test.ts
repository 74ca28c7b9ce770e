import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import type { AppRouter } from "@pagewise/api";
import { createRedisStorage } from "@pagewise/auth";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../../src/observability/logger";
import { trpcClientFor, useTestApp, withinOneMinute } from "../../src/testing";

const password = "bearer test password";
const signInAnswer = z.object({ token: z.string().min(1), user: z.object({ id: z.string() }) });

/**
 * The `token` of the sign-in answer is a credential: `Authorization: Bearer
 * <token>` stands for the session cookie on /trpc, /api/v1 and Better Auth's
 * own endpoints, for scripts without a cookie jar. It is the same session, so
 * signing out or revoking it ends it at once, and it never reaches the log.
 */
describe("bearer tokens", () => {
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const app = useTestApp("pglite", { logger: createLogger("debug", destination) });
  const issued: string[] = [];

  /** Signs in as a script would: plain fetch, the server's Origin, no cookie kept. */
  async function signIn(email: string) {
    const response = await fetch(`${app.server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.server.url },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    const answer = signInAnswer.parse(await response.json());
    issued.push(answer.token);
    return { ...answer, headerToken: response.headers.get("set-auth-token") };
  }
  async function signUp(email: string) {
    const browser = app.server.client();
    expect((await browser.post("/api/auth/sign-up/email", { name: "Bea", email, password })).status).toBe(200);
    return browser;
  }
  const apiWith = (token: string) =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${app.server.url}/trpc`, headers: { authorization: `Bearer ${token}` } })],
    });
  const unauthorized = (call: Promise<unknown>) =>
    call.then(
      () => "answered",
      (error: unknown) => (error instanceof TRPCClientError ? error.data?.code : String(error)),
    );

  it("calls protected procedures with the sign-in answer's token (the Set-Auth-Token header's)", async () => {
    await signUp("bea@example.com");
    const { token, headerToken } = await signIn("bea@example.com");
    const api = apiWith(token);
    // No cookie and no Origin: a bearer request is not one a page on another site can forge.
    await api.profile.upsert.mutate({ preferences: { answerStyle: "detailed" }, consentGiven: false });
    expect((await api.profile.get.query()).preferences).toEqual({ answerStyle: "detailed" });
    expect(headerToken).toBe(token);

    const rest = await fetch(`${app.server.url}/api/v1/profile`, { headers: { authorization: `Bearer ${token}` } });
    expect(rest.status).toBe(200);
    expect(rest.headers.get("cache-control")).toBe("no-store");
    const session = await fetch(`${app.server.url}/api/auth/get-session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(z.object({ user: z.object({ email: z.string() }) }).parse(await session.json()).user.email).toBe(
      "bea@example.com",
    );
  });

  it("is declared in the OpenAPI document as another way to call protected operations", async () => {
    const document = z
      .object({
        components: z.object({ securitySchemes: z.record(z.string(), z.unknown()) }),
        paths: z.object({ "/api/v1/profile": z.object({ get: z.object({ security: z.array(z.unknown()) }) }) }),
      })
      .parse(await (await fetch(`${app.server.url}/api/openapi.json`)).json());
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.paths["/api/v1/profile"].get.security).toContainEqual({ bearerToken: [] });
  });

  it("answers 401 to a token that is not one, never a 500", async () => {
    await signUp("bare@example.com");
    const { user } = await signIn("bare@example.com");
    // The bare token stored with the session is not enough: a copy of the session table is no set of credentials.
    const stored = await app.database.db.selectFrom("session").select("token").where("userId", "=", user.id).execute();
    expect(stored.length).toBeGreaterThan(0);
    const bare = stored.map((row) => row.token);
    for (const token of [...bare, "nonsense", "a.b", "%", "x".repeat(2000)]) {
      expect(await unauthorized(apiWith(token).profile.get.query())).toBe("UNAUTHORIZED");
      const rest = await fetch(`${app.server.url}/api/v1/profile`, { headers: { authorization: `Bearer ${token}` } });
      expect(rest.status).toBe(401);
    }
  });

  it("stops working once signed out with it", async () => {
    await signUp("out@example.com");
    const { token } = await signIn("out@example.com");
    const signOut = await fetch(`${app.server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    expect(await unauthorized(apiWith(token).profile.get.query())).toBe("UNAUTHORIZED");
    const rest = await fetch(`${app.server.url}/api/v1/profile`, { headers: { authorization: `Bearer ${token}` } });
    expect(rest.status).toBe(401);
  });

  it("stops working at once when its session is revoked from another device", async () => {
    const browser = await signUp("revoked@example.com");
    const { token } = await signIn("revoked@example.com");
    const scriptSession = (await apiWith(token).account.sessions.query()).find((session) => session.current);
    expect(scriptSession).toBeDefined();
    await trpcClientFor(browser).account.revokeSession.mutate({ sessionId: scriptSession?.id ?? "" });
    expect(await unauthorized(apiWith(token).profile.get.query())).toBe("UNAUTHORIZED");
    // The browser's own session is untouched.
    expect(await trpcClientFor(browser).profile.get.query()).toMatchObject({ consentGiven: false });
  });

  it("never writes a session token to the log", async () => {
    const stored = await app.database.db.selectFrom("session").select("token").execute();
    const tokens = [...issued, ...stored.map((row) => row.token)];
    expect(issued.length).toBeGreaterThan(0);
    expect(logLines.length).toBeGreaterThan(0);
    const log = logLines.join("");
    for (const token of tokens) expect(log).not.toContain(token);
  });
});

describe("bearer requests and the public rate limit", () => {
  const app = useTestApp("pglite", { publicRateLimitPerMinute: 2 });

  it("counts them per client address like any other", async () => {
    await withinOneMinute();
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Rae", email: "rae@example.com", password });
    const signIn = await browser.post("/api/auth/sign-in/email", { email: "rae@example.com", password });
    const { token } = signInAnswer.parse(await signIn.json());
    const statuses: number[] = [];
    for (let call = 0; call < 3; call++) {
      const response = await fetch(`${app.server.url}/api/v1/profile`, {
        headers: { authorization: `Bearer ${token}`, "x-forwarded-for": "10.9.9.9" },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl === undefined) {
  const why = "TEST_REDIS_URL is not set: bearer tokens are not tested with sessions in Redis.";
  if (process.env.CI === "true") throw new Error(`${why} CI must set it.`);
  console.warn(why);
}

describe.runIf(redisUrl !== undefined)("bearer tokens with sessions in Redis", () => {
  const redis = redisUrl ? createRedisStorage(redisUrl, `pagewise:test:${randomBytes(6).toString("hex")}:`) : undefined;
  afterAll(() => redis?.close());
  const app = useTestApp("pglite", { secondaryStorage: redis?.storage });

  it("signs in, and ends with the session", async () => {
    await app.server.client().post("/api/auth/sign-up/email", { name: "Red", email: "red@example.com", password });
    const signIn = await app.server.client().post("/api/auth/sign-in/email", { email: "red@example.com", password });
    const { token } = signInAnswer.parse(await signIn.json());
    const profile = () => fetch(`${app.server.url}/api/v1/profile`, { headers: { authorization: `Bearer ${token}` } });
    expect((await profile()).status).toBe(200);
    const signOut = await fetch(`${app.server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: "{}",
    });
    expect(signOut.status).toBe(200);
    expect((await profile()).status).toBe(401);
  });
});
