import { grantAdmin, revokeAdmin } from "@pagewise/auth";
import { describe, expect, it } from "vitest";
import { type TestClient, useTestApp } from "../../src/testing";

const password = "ended session password";

/**
 * Better Auth's signed cookie cache accepts a session for up to a minute
 * without asking the session store. A copy of the cookies taken before a
 * sign-out (or a revocation, or a demotion) must still be refused protected
 * data at once: protected procedures read the session past the cache.
 */
describe("a session that has ended", () => {
  const app = useTestApp("pglite");

  /** Both cookies, the session token and the signed cache, copied as a stolen copy would be. */
  async function copyOf(browser: TestClient): Promise<TestClient> {
    const copy = app.server.client();
    for (const cookie of await browser.jar.getCookies(browser.baseUrl)) {
      await copy.jar.setCookie(`${cookie.key}=${cookie.value}`, copy.baseUrl);
    }
    expect(await copy.cookieNames()).toEqual(
      expect.arrayContaining(["better-auth.session_token", "better-auth.session_data"]),
    );
    return copy;
  }

  async function signedIn(email: string): Promise<TestClient> {
    const browser = app.server.client();
    const signUp = await browser.post("/api/auth/sign-up/email", { name: "Reader", email, password });
    expect(signUp.status).toBe(200);
    expect((await browser.get("/trpc/profile.get")).status).toBe(200);
    return browser;
  }

  const protectedCalls = (browser: TestClient) => [
    () => browser.get("/trpc/profile.get"),
    () => browser.get("/trpc/account.export"),
    () => browser.get("/api/v1/profile"),
  ];

  it("is refused protected data at once after sign-out, on tRPC and REST", async () => {
    const browser = await signedIn("signed-out@example.com");
    const copy = await copyOf(browser);
    expect((await browser.post("/api/auth/sign-out")).status).toBe(200);
    for (const call of protectedCalls(copy)) expect((await call()).status).toBe(401);
  });

  it("is refused at once after another device revokes it", async () => {
    const laptop = await signedIn("revoked@example.com");
    const copy = await copyOf(laptop);
    const phone = app.server.client();
    await phone.post("/api/auth/sign-in/email", { email: "revoked@example.com", password });
    expect((await phone.post("/api/auth/revoke-other-sessions")).status).toBe(200);
    for (const call of protectedCalls(copy)) expect((await call()).status).toBe(401);
    expect((await phone.get("/trpc/profile.get")).status).toBe(200);
  });

  it("loses admin powers at once when the role is taken back", async () => {
    const browser = await signedIn("demoted@example.com");
    await grantAdmin(app.database.db, ["demoted@example.com"]);
    // Reading the session afresh puts the admin role into the signed cache cookie.
    expect((await browser.session({ fresh: true }))?.user.role).toBe("admin");
    expect((await browser.get("/trpc/admin.stats")).status).toBe(200);
    await revokeAdmin(app.database.db, "demoted@example.com");
    expect((await browser.get("/trpc/admin.stats")).status).toBe(403);
  });
});
