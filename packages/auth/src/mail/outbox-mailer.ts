import type { PagewiseDatabase } from "@pagewise/db";
import type { Mailer } from "./mailer";

export interface OutboxMailerOptions {
  db: PagewiseDatabase["db"];
  /** Development only: prints each message's text (with its links) so a developer can click them. */
  log?: ((line: string) => void) | undefined;
}

/**
 * The development mail sink: every message becomes a `mail_outbox` row (the
 * SPA's tests and developers read links from there), and optionally a log line.
 */
export function createOutboxMailer({ db, log }: OutboxMailerOptions): Mailer {
  return {
    transport: "outbox",
    async send(message) {
      await db
        .insertInto("mail_outbox")
        .values({
          to_address: message.to,
          subject: message.subject,
          text_body: message.text,
          html_body: message.html ?? null,
        })
        .execute();
      log?.(`[outbox] To ${maskEmail(message.to)}: ${message.subject}\n${message.text}`);
    },
    async close() {},
  };
}

/** "a***@example.com": enough to tell test accounts apart, not the address itself. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return at <= 0 ? "***" : `${email[0]}***${email.slice(at)}`;
}
