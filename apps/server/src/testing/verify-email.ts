import type { PagewiseDatabase } from "@pagewise/db";
import type { TestClient } from "./http-client";
import { linkIn } from "./smtp-sink";

/**
 * Verifies a signed-up browser's email address the way a person would: asks
 * for the verification email, reads it from the development outbox, follows
 * its link.
 */
export async function verifyEmail(browser: TestClient, db: PagewiseDatabase["db"], email: string): Promise<void> {
  const sent = await browser.post("/api/auth/send-verification-email", { email, callbackURL: "/" });
  if (!sent.ok) throw new Error(`send-verification-email answered ${sent.status}: ${await sent.text()}`);
  const mail = await db
    .selectFrom("mail_outbox")
    .select("text_body")
    .where("to_address", "=", email)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const link = new URL(linkIn({ text: mail.text_body }));
  const followed = await browser.get(`${link.pathname}${link.search}`);
  if (followed.status >= 400) throw new Error(`the verification link answered ${followed.status}`);
  // The session cache cookie still says what the role was before: read the session afresh.
  await browser.dropCookie("better-auth.session_data");
}
