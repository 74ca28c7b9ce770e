import { isAbsolute, relative, resolve, sep } from "node:path";

/** A link or asset reference split the way a browser reads it. */
export interface SplitHref {
  /** The path, percent-decoded where possible. */
  path: string;
  /** `?…` including the `?`, or "". */
  query: string;
  /** The fragment without `#`, as written (still encoded), or undefined when there is none. */
  hash: string | undefined;
}

export function splitHref(href: string): SplitHref {
  const hashAt = href.indexOf("#");
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? undefined : href.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf("?");
  const rawPath = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  return { path: decode(rawPath), query: queryAt === -1 ? "" : beforeHash.slice(queryAt), hash };
}

/** Percent-decoding that leaves a malformed sequence as written instead of throwing. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** `https:` → "https"; undefined for paths (a Windows drive letter is not a scheme here). */
export function schemeOf(href: string): string | undefined {
  return SCHEME.exec(href)?.[1]?.toLowerCase();
}

/** File extension of the path's last segment, lower-cased, without the dot ("" when none). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Whether `path` is `parent` or lies below it (lexically: symlinks are not followed here). */
export function isInside(parent: string, path: string): boolean {
  const rel = relative(resolve(parent), resolve(path));
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}
