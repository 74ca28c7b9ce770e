import type { MailMessage } from "./mailer";

/** The emails authentication sends. Plain text first: it works in every client and in the dev outbox. */

export function passwordResetEmail(to: string, url: string, expiresInMinutes: number): MailMessage {
  return {
    to,
    subject: "Reset your Pagewise password",
    text: [
      "Someone asked to reset the password of your Pagewise account.",
      "",
      `Choose a new password here (the link works once, for ${expiresInMinutes} minutes):`,
      url,
      "",
      "If it wasn't you, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

export function verificationEmail(to: string, url: string): MailMessage {
  return {
    to,
    subject: "Confirm your email for Pagewise",
    text: ["Welcome to Pagewise!", "", "Confirm your email address to sign in:", url].join("\n"),
  };
}

/** To the owner of an address someone tried to sign up with again: the sign-up's answer told nobody. */
export function existingAccountEmail(to: string, forgotPasswordUrl: string): MailMessage {
  return {
    to,
    subject: "Someone tried to create a Pagewise account with your email",
    text: [
      "Someone tried to create a new Pagewise account with this email address, which already has one.",
      "",
      "If it was you, sign in with your password, or choose a new one here:",
      forgotPasswordUrl,
      "",
      "If it wasn't you, ignore this email: nothing has changed.",
    ].join("\n"),
  };
}
