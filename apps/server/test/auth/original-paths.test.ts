import { errorBody } from "@pagewise/api";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type TestClient, useTestApp } from "../../src/testing";

const password = "original paths password";
const signedOut = z.null();
const signedIn = z.object({ user: z.object({ email: z.string() }) });

/**
 * The original system's /auth/* paths, as its clients call them: curl with a
 * cookie file, no body to sign out; every error in the documented shape.
 */
describe("the original /auth/* paths", () => {
  const app = useTestApp("pglite");

  /** A program (no Origin header, like curl) with an account, signed in. */
  async function signedInProgram(email: string): Promise<TestClient> {
    const program = app.server.client({ origin: null });
    const signUp = await program.post("/auth/signup", { name: "Curl", email, password });
    expect(signUp.status).toBe(200);
    expect(signedIn.parse(await (await program.get("/auth/session")).json()).user.email).toBe(email);
    return program;
  }

  it("signs out a bodyless POST with the cookie and no Origin or content type (curl -X POST -b cookies)", async () => {
    const program = await signedInProgram("curl@example.com");
    const response = await program.request("/auth/signout", { method: "POST" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    expect(await program.cookieNames()).not.toContain("better-auth.session_token");
    expect(signedOut.parse(await (await program.get("/auth/session")).json())).toBeNull();
  });

  it("keeps the cross-site request forgery check: a foreign Origin, or a cross-site fetch without one, is refused", async () => {
    const program = await signedInProgram("csrf@example.com");
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of attempts) {
      const response = await program.request("/auth/signout", { method: "POST", headers });
      expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
      expect(errorBody.parse(await response.json()).error.code).toBe("FORBIDDEN");
    }
    // Still signed in (the store, not the cookie cache, answers /auth/session).
    expect(signedIn.parse(await (await program.get("/auth/session")).json()).user.email).toBe("csrf@example.com");

    const trusted = await program.request("/auth/signout", { method: "POST", headers: { origin: app.server.url } });
    expect(trusted.status).toBe(200);
    expect(signedOut.parse(await (await program.get("/auth/session")).json())).toBeNull();
  });

  it("answers Better Auth's errors in the documented shape, its 429 included; /api/auth/* keeps Better Auth's", async () => {
    const program = app.server.client({ origin: null });
    const wrong = { email: "nobody@example.com", password: "wrong password" };
    const refused = await program.post("/auth/signin", wrong);
    expect(refused.status).toBe(401);
    const body = errorBody.parse(await refused.json());
    expect(body.error).toMatchObject({ code: "UNAUTHORIZED", message: "Invalid email or password" });
    expect(body.error.requestId).toBe(refused.headers.get("x-request-id"));

    const invalid = errorBody.parse(await (await program.post("/auth/signup", { email: "x" })).json());
    expect(invalid.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(invalid.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["email", "password"]));

    // The test app allows 5 sign-in attempts a minute per address; the first one above was one.
    for (let attempt = 2; attempt <= 5; attempt++) expect((await program.post("/auth/signin", wrong)).status).toBe(401);
    const limited = await program.post("/auth/signin", wrong);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(errorBody.parse(await limited.json()).error.code).toBe("TOO_MANY_REQUESTS");

    const own = await program.post("/api/auth/sign-in/email", wrong);
    expect(own.status).toBe(429);
    expect(errorBody.safeParse(await own.json()).success).toBe(false);
  });
});
