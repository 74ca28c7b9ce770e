import { testDrivers } from "@pagewise/db/testing";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const password = "correct horse battery";

describe.each(testDrivers())("email and password over HTTP on %s", (driver) => {
  const app = useTestApp(driver);

  it("signs up, reads the session, signs out, signs in again", async () => {
    const browser = app.server.client();
    const signUp = await browser.post("/api/auth/sign-up/email", { name: "Ada", email: "ada@example.com", password });
    expect(signUp.status).toBe(200);
    expect(await browser.cookieNames()).toContain("better-auth.session_token");

    const session = await (await browser.get("/api/auth/get-session")).json();
    expect(session).toMatchObject({ user: { email: "ada@example.com", name: "Ada", role: "user" } });

    expect((await browser.post("/api/auth/sign-out")).status).toBe(200);
    expect(await (await browser.get("/api/auth/get-session")).json()).toBeNull();

    const signIn = await browser.post("/api/auth/sign-in/email", { email: "ADA@example.com", password });
    expect(signIn.status).toBe(200);
    expect(await (await browser.get("/api/auth/get-session")).json()).toMatchObject({ user: { name: "Ada" } });
  });

  it("sets HttpOnly, SameSite=Lax, Path=/ cookies (Secure only in production)", async () => {
    const response = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "C", email: "c@example.com", password });
    const sessionCookie = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    expect(sessionCookie).toMatch(/Path=\//);
    expect(sessionCookie).not.toMatch(/Secure/i);
  });

  it("answers the original API's paths with the same behaviour and cookies", async () => {
    const browser = app.server.client();
    const signUp = await browser.post("/auth/signup", { name: "Bo", email: "bo@example.com", password });
    expect(signUp.status).toBe(200);
    expect(await (await browser.get("/auth/session")).json()).toMatchObject({ user: { email: "bo@example.com" } });
    expect((await browser.post("/auth/signout")).status).toBe(200);
    expect(await (await browser.get("/auth/session")).json()).toBeNull();
    expect((await browser.post("/auth/signin", { email: "bo@example.com", password })).status).toBe(200);
    expect(await (await browser.get("/auth/session")).json()).toMatchObject({ user: { name: "Bo" } });
  });

  it("refuses a wrong password and an unknown email alike, with 401", async () => {
    const wrong = await app.server
      .client()
      .post("/api/auth/sign-in/email", { email: "ada@example.com", password: "not the password" });
    const unknown = await app.server
      .client()
      .post("/api/auth/sign-in/email", { email: "nobody@example.com", password });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("refuses a duplicate email and a password under 10 characters, writing nothing", async () => {
    const users = () => app.database.db.selectFrom("user").select("email").execute();
    const before = await users();
    const duplicate = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "X", email: "ada@example.com", password });
    expect(duplicate.status).toBe(422);
    const short = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "Y", email: "y@example.com", password: "short1234" });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
    const long = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "Z", email: "z@example.com", password: "x".repeat(129) });
    expect(long.status).toBe(400);
    expect(await users()).toEqual(before);
  });

  it("answers malformed JSON and oversized bodies with a clear 4xx and writes nothing", async () => {
    const users = () => app.database.db.selectFrom("user").select("id").execute();
    const before = await users();
    const malformed = await app.server.client().request("/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"email": "m@example.com", "password":',
    });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);

    const huge = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "x".repeat(100_000), email: "h@example.com", password });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(await users()).toEqual(before);
  });

  it("rejects sign-in and sign-out from a foreign origin, and accepts the app's own", async () => {
    const foreign = app.server.client({ origin: "https://evil.example" });
    const signIn = await foreign.post("/api/auth/sign-in/email", { email: "ada@example.com", password });
    expect(signIn.status).toBe(403);
    expect(await foreign.cookieNames()).toEqual([]);

    const own = app.server.client();
    expect((await own.post("/api/auth/sign-in/email", { email: "ada@example.com", password })).status).toBe(200);
    const cookie = await own.jar.getCookieString(app.server.url);
    const signOut = await fetch(`${app.server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(signOut.status).toBe(403);
    expect(await (await own.get("/api/auth/get-session")).json()).toMatchObject({ user: { email: "ada@example.com" } });
  });

  it("lists sessions and revokes one or all others", async () => {
    const laptop = app.server.client();
    const phone = app.server.client();
    const tablet = app.server.client();
    for (const device of [laptop, phone, tablet]) {
      expect((await device.post("/api/auth/sign-in/email", { email: "bo@example.com", password })).status).toBe(200);
    }
    const sessions = await (await laptop.get("/api/auth/list-sessions")).json();
    expect(Array.isArray(sessions) && sessions.length).toBeGreaterThanOrEqual(3);

    const phoneSession = await phone.session({ fresh: true });
    expect((await laptop.post("/api/auth/revoke-session", { token: phoneSession?.session.token })).status).toBe(200);
    expect(await (await phone.get("/api/auth/get-session?disableCookieCache=true")).json()).toBeNull();

    expect((await laptop.post("/api/auth/revoke-other-sessions")).status).toBe(200);
    expect(await (await tablet.get("/api/auth/get-session?disableCookieCache=true")).json()).toBeNull();
    expect(await (await laptop.get("/api/auth/get-session")).json()).toMatchObject({
      user: { email: "bo@example.com" },
    });
  });

  it("rejects an expired session once the short-lived cookie cache is gone", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-in/email", { email: "ada@example.com", password });
    const sessionId = (await browser.session())?.session.id ?? "";
    await app.database.db
      .updateTable("session")
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where("id", "=", sessionId)
      .execute();
    await browser.dropCookie("better-auth.session_data");
    expect(await (await browser.get("/api/auth/get-session")).json()).toBeNull();
  });

  it("extends a session that is used after a day, so active readers stay signed in", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-in/email", { email: "ada@example.com", password });
    const sessionId = (await browser.session())?.session.id ?? "";
    // As if it had been created two days ago: five days left of seven.
    const fiveDays = new Date(Date.now() + 5 * 86_400_000);
    await app.database.db.updateTable("session").set({ expiresAt: fiveDays }).where("id", "=", sessionId).execute();
    await browser.dropCookie("better-auth.session_data");
    expect(await browser.session()).toMatchObject({ session: { id: sessionId } });
    const row = await app.database.db
      .selectFrom("session")
      .select("expiresAt")
      .where("id", "=", sessionId)
      .executeTakeFirstOrThrow();
    expect(new Date(row.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
  });

  it("validates a cached session without reading the session table", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-in/email", { email: "ada@example.com", password });
    expect(await browser.cookieNames()).toContain("better-auth.session_data");
    // With the session rows gone, only the signed cookie cache can still answer.
    const sessionId = (await browser.session())?.session.id ?? "";
    await app.database.db.deleteFrom("session").where("id", "=", sessionId).execute();
    expect(await browser.session()).toMatchObject({ session: { id: sessionId } });
    expect(await (await browser.get("/api/auth/get-session?disableCookieCache=true")).json()).toBeNull();
  });
});

describe("cookies in production", () => {
  const app = useTestApp("pglite", { auth: { secureCookies: true } });

  it("are Secure (and __Secure- prefixed) as well as HttpOnly and SameSite=Lax", async () => {
    const response = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "P", email: "p@example.com", password });
    const sessionCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("__Secure-better-auth.session_token="));
    expect(sessionCookie).toMatch(/; Secure/i);
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
  });
});
