import { createSmtpMailer } from "@pagewise/auth";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, type SmtpSink, startSmtpSink, startTestApp, type TestApp, useTestApp } from "../../src/testing";

const oldPassword = "the old password";
const newPassword = "a brand new password";

describe.each(testDrivers())("password reset over real SMTP on %s", (driver) => {
  let database: TestDatabase;
  let smtp: SmtpSink;
  let server: TestApp;
  const backgroundErrors: unknown[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    smtp = await startSmtpSink();
    server = await startTestApp(database, {
      // No MAIL_FROM: the mail comes in the book's name.
      mailer: createSmtpMailer({ url: smtp.url }),
      onBackgroundError: (error) => backgroundErrors.push(error),
      // The mails name what the reader signed up to: the book (BOOK_TITLE here), not the product.
      book: { title: "Acme Handbook" },
    });
    // Two readers: one address receives only a few reset mails in ten minutes (create-auth.ts).
    for (const [name, email] of [
      ["Rae", "rae@example.com"],
      ["Ray", "ray@example.com"],
    ]) {
      await server.client().post("/api/auth/sign-up/email", { name, email, password: oldPassword });
    }
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.dispose();
  });

  const requestReset = (email: string) =>
    server.client().post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });

  it("answers the same for known and unknown emails, and mails only the known one", async () => {
    const known = await requestReset("rae@example.com");
    const unknown = await requestReset("nobody@example.com");
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await known.json()).toEqual(await unknown.json());
    const mail = await smtp.nextMessageTo("rae@example.com");
    expect(mail.subject).toBe("Reset your Acme Handbook password");
    expect(mail.from).toBe('"Acme Handbook" <no-reply@localhost>');
    expect(mail.text).toContain("the password of your Acme Handbook account");
    expect(smtp.received.some((message) => message.to.includes("nobody@example.com"))).toBe(false);
  });

  it("answers before the email is sent, so the response time cannot tell who has an account", async () => {
    const release = smtp.hold();
    const before = smtp.received.length;
    try {
      // Answered while the mail server still holds the message, unaccepted.
      expect((await requestReset("rae@example.com")).status).toBe(200);
      expect(smtp.received.length).toBe(before);
    } finally {
      release();
    }
    expect((await smtp.nextMessageTo("rae@example.com")).subject).toMatch(/reset/i);
  });

  it("answers the same when the mail server refuses, and reports the failure without the address", async () => {
    smtp.refuse(true);
    try {
      const known = await requestReset("rae@example.com");
      const unknown = await requestReset("nobody@example.com");
      expect(known.status).toBe(200);
      expect(await known.json()).toEqual(await unknown.json());
      await expect.poll(() => backgroundErrors.length).toBe(1);
      const [reported] = backgroundErrors;
      expect(reported instanceof Error && reported.message).toBe("Could not send the password reset email (EMESSAGE)");
      expect(String(reported)).not.toContain("@");
    } finally {
      smtp.refuse(false);
    }
  });

  it("resets through the emailed link once, and ends every other session", async () => {
    const laptop = server.client();
    const phone = server.client();
    for (const device of [laptop, phone]) {
      await device.post("/api/auth/sign-in/email", { email: "ray@example.com", password: oldPassword });
    }

    await requestReset("ray@example.com");
    const link = linkIn(await smtp.nextMessageTo("ray@example.com"));
    expect(link.startsWith(`${server.url}/api/auth/reset-password/`)).toBe(true);
    const landing = await server.client().get(link);
    expect(landing.status).toBe(302);
    const token = new URL(landing.headers.get("location") ?? "", server.url).searchParams.get("token") ?? "";
    expect(token).not.toBe("");

    // Stored as a hash of the token, never the token itself: the newest row is this reset's.
    expect(JSON.stringify(await database.db.selectFrom("verification").selectAll().execute())).not.toContain(token);
    const expiry = await database.db
      .selectFrom("verification")
      .select("expiresAt")
      .orderBy("createdAt", "desc")
      .executeTakeFirstOrThrow();
    expect(new Date(expiry.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    const reset = await server.client().post("/api/auth/reset-password", { token, newPassword });
    expect(reset.status).toBe(200);
    expect(await laptop.session({ fresh: true })).toBeNull();
    expect(await phone.session({ fresh: true })).toBeNull();

    const again = await server
      .client()
      .post("/api/auth/reset-password", { token, newPassword: "yet another password" });
    expect(again.status).toBe(400);

    const oldSignIn = await server
      .client()
      .post("/api/auth/sign-in/email", { email: "ray@example.com", password: oldPassword });
    expect(oldSignIn.status).toBe(401);
    const newSignIn = await server
      .client()
      .post("/api/auth/sign-in/email", { email: "ray@example.com", password: newPassword });
    expect(newSignIn.status).toBe(200);
  });

  it("refuses a made-up token", async () => {
    const response = await server.client().post("/api/auth/reset-password", { token: "not-a-token", newPassword });
    expect(response.status).toBe(400);
  });
});

describe("the development outbox", () => {
  const app = useTestApp("pglite");

  it("keeps the reset mail, link included, in mail_outbox when no SMTP server is configured", async () => {
    await app.server
      .client()
      .post("/api/auth/sign-up/email", { name: "O", email: "o@example.com", password: oldPassword });
    await app.server
      .client()
      .post("/api/auth/request-password-reset", { email: "o@example.com", redirectTo: "/reset-password" });
    const mail = await app.database.db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("to_address", "=", "o@example.com")
      .executeTakeFirstOrThrow();
    expect(linkIn({ text: mail.text_body })).toContain("/api/auth/reset-password/");
  });
});

describe("required email verification", () => {
  let database: TestDatabase;
  let smtp: SmtpSink;
  let server: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    smtp = await startSmtpSink();
    server = await startTestApp(database, {
      auth: { requireEmailVerification: true },
      mailer: createSmtpMailer({ url: smtp.url, from: "no-reply@test" }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.dispose();
  });

  it("blocks sign-in until the emailed link is used", async () => {
    const browser = server.client();
    const signUp = await browser.post("/api/auth/sign-up/email", {
      name: "V",
      email: "v@example.com",
      password: oldPassword,
    });
    expect(signUp.status).toBe(200);
    expect(await browser.session()).toBeNull();

    const blocked = await browser.post("/api/auth/sign-in/email", { email: "v@example.com", password: oldPassword });
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ code: "EMAIL_NOT_VERIFIED" });

    const mail = await smtp.nextMessageTo("v@example.com");
    // MAIL_FROM, when set, is the sender as written.
    expect(mail.from).toBe("no-reply@test");
    const link = linkIn(mail);
    expect((await browser.get(link)).status).toBeLessThan(400);

    const allowed = await server
      .client()
      .post("/api/auth/sign-in/email", { email: "v@example.com", password: oldPassword });
    expect(allowed.status).toBe(200);
  });
});
