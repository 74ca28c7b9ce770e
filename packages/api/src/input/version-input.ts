import { safeText } from "./safe-text";

/**
 * Which version of the book a request is about (`current`, `3.7.0`: `docs.book` lists them);
 * left out, the last version, the one served at /docs.
 */
export const versionInput = safeText("version must be text.")
  .trim()
  .min(1, "version must not be empty: leave it out for the last version.")
  .max(200, "version is too long.")
  .optional();
