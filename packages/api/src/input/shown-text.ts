import { stripInvisibleCharacters } from "@pagewise/auth";
import { safeText } from "./safe-text";

/**
 * Free text that is stored and shown to someone else (a feedback comment on the admin page, a
 * ban reason, a profile's notes): safeText with bidi controls and zero-width characters removed,
 * then trimmed, so it cannot reorder or hide the text shown around it. Removed rather than
 * refused, as a pasted comment often carries them unseen; length rules chained on count what is
 * left.
 */
export function shownText(typeError?: string) {
  return safeText(typeError).overwrite(stripInvisibleCharacters).trim();
}
