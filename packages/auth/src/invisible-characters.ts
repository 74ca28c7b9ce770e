// No imports: the browser's sign-up form reads the name rules built on this (client.ts).

/**
 * Characters that change how the text around them is shown without being seen themselves:
 * bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which can reverse the
 * rest of a line on the admin page, and zero-width or invisible format characters (U+00AD,
 * U+180E, U+200B–U+200D, U+2060–U+2064, U+FEFF), which make two names that look alike differ.
 *
 * The zero-width joiner (U+200D) is among them although emoji sequences use it: without it a
 * family or profession emoji shows as its parts side by side, still legible, and keeping it would
 * leave a way to hide characters inside a name. The variation selectors and the emoji tag
 * characters stay: they only change a glyph's look.
 */
const INVISIBLE_CHARACTERS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text without invisible characters; everything else, spacing included, stays as it was. */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, "");
}
