import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestApp, type TestApp } from "../../src/testing";

describe("social login", () => {
  let database: TestDatabase;
  let plain: TestApp;
  let social: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    plain = await startTestApp(database);
    social = await startTestApp(database, {
      auth: { socialProviders: { github: { clientId: "gh-client-id", clientSecret: "gh-secret" } } },
    });
  });
  afterAll(async () => {
    await plain?.close();
    await social?.close();
    await database?.dispose();
  });

  it("tells the SPA exactly which providers are configured", async () => {
    expect(await (await plain.client().get("/api/auth/providers")).json()).toEqual({ providers: [] });
    expect(await (await social.client().get("/api/auth/providers")).json()).toEqual({ providers: ["github"] });
  });

  it("sends the browser to the provider with our client id, callback and a state bound to a cookie", async () => {
    const browser = social.client();
    const response = await browser.post("/api/auth/sign-in/social", { provider: "github", callbackURL: "/" });
    expect(response.status).toBe(200);
    const redirect = new URL(z.object({ url: z.string() }).parse(await response.json()).url);
    expect(redirect.origin + redirect.pathname).toBe("https://github.com/login/oauth/authorize");
    expect(redirect.searchParams.get("client_id")).toBe("gh-client-id");
    expect(redirect.searchParams.get("redirect_uri")).toBe(`${social.url}/api/auth/callback/github`);
    const state = redirect.searchParams.get("state") ?? "";
    expect(state.length).toBeGreaterThanOrEqual(16);
    expect(await browser.cookieNames()).toContain("better-auth.state");

    // A callback whose state was never issued is refused.
    const forged = await browser.get("/api/auth/callback/github?code=abc&state=forged");
    expect(forged.status).toBe(302);
    expect(forged.headers.get("location")).toMatch(/error=/);
  });

  it("refuses a provider that is not configured", async () => {
    const response = await plain.client().post("/api/auth/sign-in/social", { provider: "github", callbackURL: "/" });
    expect(response.status).toBe(404);
  });
});
