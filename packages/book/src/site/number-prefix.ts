/**
 * Docusaurus's default number-prefix parser: `01-intro` and `2. setup` order the
 * sidebar and are stripped from ids and URLs. Names that start like a date or a
 * version (`2024-01-31-x`, `8.0-notes`, `1-2-x`) are left alone, as Docusaurus
 * does, because there the digits are part of the name.
 */
export function parseNumberPrefix(name: string): { position: number | undefined; name: string } {
  if (/^\d+[-_.]\d+/.test(name)) return { position: undefined, name };
  const match = /^(\d+)\s*[-_.]+\s*([^-_.\s].*)$/.exec(name);
  if (match === null || match[1] === undefined || match[2] === undefined) return { position: undefined, name };
  return { position: Number.parseInt(match[1], 10), name: match[2] };
}

/** `01-guides/02-setup` → `guides/setup`. */
export function stripPathNumberPrefixes(path: string): string {
  return path
    .split("/")
    .map((segment) => parseNumberPrefix(segment).name)
    .join("/");
}
