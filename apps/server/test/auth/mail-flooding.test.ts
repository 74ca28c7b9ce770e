import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const password = "mail flooding password";

/**
 * Many clients, each within its own rate limit, asking for mails to one
 * address: the inbox gets a few, the requests are all answered as usual (the
 * answer must not say whether an address has an account or was mailed).
 */
describe("reset and verification mails to one address", () => {
  const app = useTestApp("pglite");
  const mailsTo = async (address: string, subject: RegExp) =>
    (await app.database.db.selectFrom("mail_outbox").select(["to_address", "subject"]).execute()).filter(
      (mail) => mail.to_address === address && subject.test(mail.subject),
    ).length;

  it("are limited per recipient, whatever address asks, and every request answers 200", async () => {
    await app.server.client().post("/api/auth/sign-up/email", { name: "Flo", email: "flo@example.com", password });
    for (let n = 0; n < 10; n++) {
      const stranger = app.server.client();
      const reset = await stranger.post("/api/auth/request-password-reset", {
        email: "flo@example.com",
        redirectTo: "/reset-password",
      });
      expect(reset.status).toBe(200);
      const verify = await stranger.post("/api/auth/send-verification-email", {
        email: "flo@example.com",
        callbackURL: "/",
      });
      expect(verify.status).toBe(200);
    }
    // Mails are sent after the answer: count them once every send is done.
    await app.server.settled();
    expect(await mailsTo("flo@example.com", /reset/i)).toBe(3);
    expect(await mailsTo("flo@example.com", /verif|confirm/i)).toBe(3);
  });

  it("leaves other recipients' mail alone", async () => {
    await app.server.client().post("/api/auth/sign-up/email", { name: "Ada", email: "ada@example.com", password });
    const ada = await app.server
      .client()
      .post("/api/auth/request-password-reset", { email: "ada@example.com", redirectTo: "/reset-password" });
    expect(ada.status).toBe(200);
    await app.server.settled();
    expect(await mailsTo("ada@example.com", /reset/i)).toBe(1);
  });
});
