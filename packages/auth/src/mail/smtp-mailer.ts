import { createTransport } from "nodemailer";
import type { Mailer } from "./mailer";

/** Sends through the SMTP server SMTP_URL names (smtp://user:pass@host:587, smtps:// for TLS). */
export function createSmtpMailer({ url, from }: { url: string; from: string }): Mailer {
  const transport = createTransport(url);
  return {
    transport: "smtp",
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    async close() {
      transport.close();
    },
  };
}
