import { z } from "zod";

export const CONTROL_CHARACTERS_MESSAGE = "must not contain control characters";

/** Whether a string carries a character that `safeText` refuses. */
export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (isRefused(value.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL.
 * Postgres refuses U+0000 in text outright (a driver error, formerly a 500), and
 * none of them belongs in a name, a slug, a note or an id.
 */
function isRefused(code: number): boolean {
  if (code === 0x7f) return true;
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

/**
 * The one text schema behind every string input of the API: text without
 * control characters. Refused input is a BAD_REQUEST (400) whose message names
 * the field, e.g. "source: must not contain control characters". Chain length
 * and trimming rules onto it as on any z.string().
 */
export function safeText(typeError = "must be text") {
  return z
    .string({ error: typeError })
    .refine((value) => !hasControlCharacters(value), { message: CONTROL_CHARACTERS_MESSAGE, abort: true });
}
