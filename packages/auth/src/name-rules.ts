// Only imports without imports of their own: the browser's sign-up form checks names with these
// rules too (client.ts), and the browser must not pull in server code.
import { stripInvisibleCharacters } from "./invisible-characters";

/** In characters (code points, so an emoji counts once), after invisible characters are removed. */
export const MAX_NAME_LENGTH = 100;

export type NameProblemCode = "INVALID_NAME" | "NAME_REQUIRED" | "NAME_TOO_LONG";

export type NameCheck = { ok: true; name: string } | { ok: false; code: NameProblemCode; message: string };

/**
 * A person's name as it is stored and shown: invisible characters removed, then trimmed. A name
 * longer than MAX_NAME_LENGTH is refused, never cut: a cut name would be stored as something its
 * owner did not write. `allowEmpty` is for names a social provider supplies, which may have none.
 */
export function checkName(value: unknown, { allowEmpty = false } = {}): NameCheck {
  if (typeof value !== "string") return { ok: false, code: "INVALID_NAME", message: "Name must be text." };
  const name = stripInvisibleCharacters(value).trim();
  if (name === "" && !allowEmpty) {
    return { ok: false, code: "NAME_REQUIRED", message: "Name must have at least one visible character." };
  }
  // Code points never outnumber UTF-16 units, so only a long string needs counting.
  if (name.length > MAX_NAME_LENGTH && Array.from(name).length > MAX_NAME_LENGTH) {
    return { ok: false, code: "NAME_TOO_LONG", message: `Name must be at most ${MAX_NAME_LENGTH} characters.` };
  }
  return { ok: true, name };
}
