import type { PagewiseDatabase } from "@pagewise/db";
import type { TestClient } from "./http-client";
import { linkIn } from "./smtp-sink";

/**
 * Claims an ADMIN_EMAILS address's admin role the way its owner would: asks for
 * a password reset, reads the mail from the development outbox, follows its
 * link, sets `newPassword` and signs `browser` in with it.
 */
export async function claimAdmin(
  browser: TestClient,
  db: PagewiseDatabase["db"],
  email: string,
  newPassword: string,
): Promise<void> {
  const mails = () =>
    db.selectFrom("mail_outbox").select("text_body").where("to_address", "=", email).orderBy("created_at").execute();
  const before = (await mails()).length;
  const asked = await browser.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
  if (!asked.ok) throw new Error(`request-password-reset answered ${asked.status}: ${await asked.text()}`);
  // The mail is sent after the answer (Better Auth's background tasks): wait for it.
  const deadline = Date.now() + 15_000;
  let mail = (await mails())[before];
  while (mail === undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    mail = (await mails())[before];
  }
  if (mail === undefined) throw new Error(`no reset mail reached ${email} within 15 s`);
  const link = new URL(linkIn({ text: mail.text_body }));
  const landing = await browser.get(`${link.pathname}${link.search}`);
  const token = new URL(landing.headers.get("location") ?? "", link).searchParams.get("token");
  if (token === null) throw new Error(`the reset link answered ${landing.status} without a token`);
  const reset = await browser.post("/api/auth/reset-password", { token, newPassword });
  if (!reset.ok) throw new Error(`reset-password answered ${reset.status}: ${await reset.text()}`);
  const signIn = await browser.post("/api/auth/sign-in/email", { email, password: newPassword });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
}
