import { checkName, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@pagewise/auth/client";

// The same rules the server applies, checked as the reader types so most mistakes are caught
// without a round trip. The server still decides: its messages are shown when it disagrees.

// Deliberately loose (something@something.tld): the server's validator is the strict one.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function emailError(email: string): string | undefined {
  if (email.trim() === "") return "Enter your email address.";
  if (!EMAIL_SHAPE.test(email.trim())) return "Enter an email address like name@example.com.";
  return undefined;
}

export function nameError(name: string): string | undefined {
  if (name.trim() === "") return "Enter your name.";
  const checked = checkName(name);
  return checked.ok ? undefined : checked.message;
}

/** Rules for a password being chosen (sign-up, reset). Length counts UTF-16 units, as the server does. */
export function newPasswordError(password: string): string | undefined {
  if (password === "") return "Choose a password.";
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  return undefined;
}

/**
 * Signing in only needs a password to be there: judging its length would tell the reader
 * something about a password that is wrong anyway, and would lock out accounts created under
 * older rules.
 */
export function currentPasswordError(password: string): string | undefined {
  return password === "" ? "Enter your password." : undefined;
}

export function confirmPasswordError(password: string, confirmation: string): string | undefined {
  if (confirmation === "") return "Enter the new password again.";
  return confirmation === password ? undefined : "The two passwords are not the same.";
}

export const PASSWORD_HINT = `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`;
