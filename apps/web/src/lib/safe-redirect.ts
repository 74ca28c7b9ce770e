// Any origin works here: it only lets the URL parser resolve a relative path the way a browser would.
const PLACEHOLDER_ORIGIN = "https://pagewise.invalid";
const MAX_LENGTH = 2048;

/**
 * `value` as a path on this site to return to after signing in, or undefined when it is anything
 * else. The sign-in page takes it from its URL, so anyone can write it: accepting an absolute URL,
 * a protocol-relative `//host` or `/\host` (browsers read both as another host) would make the
 * page an open redirect that phishing links could use.
 */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return undefined;
  }
  // The parser has the last word: it drops tabs and newlines, so "/\t/evil.example" becomes "//evil.example".
  if (url.origin !== PLACEHOLDER_ORIGIN) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
