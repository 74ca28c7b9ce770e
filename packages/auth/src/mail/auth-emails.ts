import type { MailMessage } from "./mailer";

/**
 * The emails authentication sends. Plain text first: it works in every client and in the dev
 * outbox. `site` is what the reader signed up to: the book's name, not the product's.
 */

export function passwordResetEmail(site: string, to: string, url: string, expiresInMinutes: number): MailMessage {
  return {
    to,
    sender: site,
    subject: `Reset your ${site} password`,
    text: [
      `Someone asked to reset the password of your ${site} account.`,
      "",
      `Choose a new password here (the link works once, for ${expiresInMinutes} minutes):`,
      url,
      "",
      "If it wasn't you, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

export function verificationEmail(site: string, to: string, url: string): MailMessage {
  return {
    to,
    sender: site,
    subject: `Confirm your email for ${site}`,
    text: [`Welcome to ${site}!`, "", "Confirm your email address to sign in:", url].join("\n"),
  };
}

/** To the owner of an address someone tried to sign up with again: the sign-up's answer told nobody. */
export function existingAccountEmail(site: string, to: string, forgotPasswordUrl: string): MailMessage {
  return {
    to,
    sender: site,
    subject: `Someone tried to create a ${site} account with your email`,
    text: [
      `Someone tried to create a new ${site} account with this email address, which already has one.`,
      "",
      "If it was you, sign in with your password, or choose a new one here:",
      forgotPasswordUrl,
      "",
      "If it wasn't you, ignore this email: nothing has changed.",
    ].join("\n"),
  };
}
