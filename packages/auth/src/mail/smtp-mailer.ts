import { createTransport } from "nodemailer";
import type { Mailer } from "./mailer";

/** Without MAIL_FROM, mail comes from this address, in the name of the book (MailMessage.sender). */
export const DEFAULT_SENDER_ADDRESS = "no-reply@localhost";

/**
 * Sends through the SMTP server SMTP_URL names (smtp://user:pass@host:587, smtps:// for TLS), from
 * `from` (MAIL_FROM) when set, else from DEFAULT_SENDER_ADDRESS in the message's sender's name.
 */
export function createSmtpMailer({ url, from }: { url: string; from?: string | undefined }): Mailer {
  const transport = createTransport(url);
  return {
    transport: "smtp",
    async send({ sender, ...message }) {
      await transport.sendMail({ from: from ?? { name: sender, address: DEFAULT_SENDER_ADDRESS }, ...message });
    },
    async close() {
      transport.close();
    },
  };
}
