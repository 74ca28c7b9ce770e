import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";

/** The names Docusaurus looks for its config under, in its order: it loads the first that exists. */
export const SITE_CONFIG_FILES = [
  "docusaurus.config.ts",
  "docusaurus.config.mts",
  "docusaurus.config.cts",
  "docusaurus.config.js",
  "docusaurus.config.mjs",
  "docusaurus.config.cjs",
] as const;

/** A larger config is not read (real ones are tens of KB). */
export const MAX_SITE_CONFIG_BYTES = 1024 * 1024;
/** A longer title or tagline is not the site's name or subtitle: ignored. */
export const MAX_SITE_TITLE_CHARS = 120;
export const MAX_SITE_TAGLINE_CHARS = 300;

export interface SiteConfigValues {
  title?: string;
  tagline?: string;
}

export interface SiteConfigText extends SiteConfigValues {
  /** The config file read. */
  path: string;
}

/**
 * The site's `title` and `tagline` from its `docusaurus.config.*` in `siteRoot`, read as text and
 * never run: the file is a stranger's code. `undefined` when there is none, or the one Docusaurus
 * would load is not a regular file inside `siteRoot`, is over MAX_SITE_CONFIG_BYTES or is not UTF-8.
 */
export async function readSiteConfig(siteRoot: string): Promise<SiteConfigText | undefined> {
  for (const name of SITE_CONFIG_FILES) {
    const path = join(siteRoot, name);
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) continue;
    const source = await readSiteText(siteRoot, real);
    return source === undefined ? undefined : { path, ...siteConfigValues(source) };
  }
  return undefined;
}

/**
 * A site file's text (its config, its sidebars), or undefined when it is not a regular UTF-8 file
 * inside `siteRoot` of at most MAX_SITE_CONFIG_BYTES. `realPath` is the file's path after symlinks.
 */
export async function readSiteText(siteRoot: string, realPath: string): Promise<string | undefined> {
  const realRoot = await realpath(siteRoot).catch(() => undefined);
  if (realRoot === undefined) return undefined;
  const inside = relative(realRoot, realPath);
  // A symlink out of the site would put another file's words in the book.
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Non-blocking: a FIFO by the config's name must not hold the ingest until someone writes to it.
    handle = await open(realPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_SITE_CONFIG_BYTES) return undefined;
    const bytes = await handle.readFile();
    if (bytes.length > MAX_SITE_CONFIG_BYTES || bytes.includes(0)) return undefined;
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

const KEYS = ["title", "tagline"] as const;
type Key = (typeof KEYS)[number];

function isKey(name: string): name is Key {
  return name === "title" || name === "tagline";
}

interface Occurrence {
  key: Key;
  /** How many `{` enclose it. */
  depth: number;
  /** The string literal it is set to; `undefined` when it is set to anything else. */
  value: string | undefined;
}

/**
 * The site's `title` and `tagline` as a Docusaurus config's source writes them, without running it.
 * Of each key's `key: value` properties, the one at the shallowest brace depth is the site's (the
 * navbar's and footer's `title`s are nested deeper); its value counts only when it is a plain string
 * literal, and one that is not (`tagline: translate('tagline')`) leaves the key absent: a deeper
 * literal is someone else's.
 */
export function siteConfigValues(source: string): SiteConfigValues {
  const occurrences = scanProperties(source);
  const values: SiteConfigValues = {};
  for (const key of KEYS) {
    const mine = occurrences.filter((occurrence) => occurrence.key === key);
    const shallowest = mine.reduce((least, occurrence) => Math.min(least, occurrence.depth), Number.POSITIVE_INFINITY);
    const literal = mine.find((occurrence) => occurrence.depth === shallowest && occurrence.value !== undefined);
    const value = literal?.value?.replace(/\s+/g, " ").trim();
    const max = key === "title" ? MAX_SITE_TITLE_CHARS : MAX_SITE_TAGLINE_CHARS;
    if (value !== undefined && value !== "" && value.length <= max) values[key] = value;
  }
  return values;
}

/** What a `/` after this token starts: a regular expression, or a division. */
const REGEX_AFTER_WORD = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);
const REGEX_AFTER_PUNCTUATOR = "(,=:[!&|?{};+-*%<>~^";
const IDENTIFIER = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/uy;
const NUMBER = /(?:\d|\.\d)[\w.]*/y;

type Frame = "{" | "(" | "[" | "${";
/** The last token read: a punctuator, a word (identifier or keyword), or a value (string, number…). */
type Token = { kind: "punctuator"; text: string } | { kind: "word"; text: string } | { kind: "value" } | undefined;

/**
 * Every `title`/`tagline` property of an object literal in `source`: a lexer that knows comments,
 * strings, template literals (with `${…}` nested to any depth) and regular expressions well enough
 * never to read a key inside one, and counts the braces around each key.
 */
function scanProperties(source: string): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const stack: Frame[] = [];
  let depth = 0;
  let previous: Token;
  let noRegexBefore = 0;
  let i = source.startsWith("#!") ? lineEnd(source, 0) : 0;

  // A key is a property's when it opens an object literal's entry: just after `{` or `,` in one.
  const noteKey = (key: string, keyEnd: number, quoted: boolean) => {
    if (!isKey(key) || stack.at(-1) !== "{" || previous?.kind !== "punctuator") return;
    if (previous.text !== "{" && previous.text !== ",") return;
    const property = propertyAt(source, keyEnd, quoted);
    if (property !== undefined) occurrences.push({ key, depth, value: property.value });
  };

  while (i < source.length) {
    const char = source.charAt(i);
    if (/\s/.test(char)) {
      i += 1;
    } else if (source.startsWith("//", i) || source.startsWith("/*", i)) {
      i = afterComment(source, i);
    } else if (char === "'" || char === '"') {
      const literal = readQuoted(source, i);
      noteKey(literal.value ?? "", literal.end, true);
      i = literal.end;
      previous = { kind: "value" };
    } else if (char === "`") {
      const chunk = readTemplateChunk(source, i + 1);
      if (chunk.opensExpression) stack.push("${");
      i = chunk.end;
      previous = chunk.opensExpression ? { kind: "punctuator", text: "{" } : { kind: "value" };
    } else if (char === "}" && stack.at(-1) === "${") {
      stack.pop();
      const chunk = readTemplateChunk(source, i + 1);
      if (chunk.opensExpression) stack.push("${");
      i = chunk.end;
      previous = chunk.opensExpression ? { kind: "punctuator", text: "{" } : { kind: "value" };
    } else if (char === "/" && i >= noRegexBefore && regexMayStart(previous)) {
      const end = regexEnd(source, i);
      if (end === undefined) {
        // Read as a division, and so is every `/` left on the line: one pass over it, not one per `/`.
        noRegexBefore = lineEnd(source, i);
        i += 1;
        previous = { kind: "punctuator", text: "/" };
      } else {
        i = end;
        previous = { kind: "value" };
      }
    } else if (matchAt(IDENTIFIER, source, i) !== undefined) {
      const word = matchAt(IDENTIFIER, source, i) ?? "";
      noteKey(word, i + word.length, false);
      i += word.length;
      previous = { kind: "word", text: word };
    } else if (matchAt(NUMBER, source, i) !== undefined) {
      i += (matchAt(NUMBER, source, i) ?? " ").length;
      previous = { kind: "value" };
    } else {
      if (char === "{" || char === "(" || char === "[") {
        stack.push(char);
        if (char === "{") depth += 1;
      } else if (char === "}" || char === ")" || char === "]") {
        if (stack.pop() === "{") depth -= 1;
      }
      i += 1;
      previous = { kind: "punctuator", text: char };
    }
  }
  return occurrences;
}

/**
 * A key ending at `keyEnd` is a property's when `:` follows it (its value a literal only when a plain
 * string literal is all of it), or it is shorthand (`{ title }`: set, but not to a literal).
 */
function propertyAt(source: string, keyEnd: number, quoted: boolean): { value: string | undefined } | undefined {
  let i = skipTrivia(source, keyEnd);
  const next = source.charAt(i);
  if (!quoted && (next === "," || next === "}")) return { value: undefined };
  if (next !== ":") return undefined;
  i = skipTrivia(source, i + 1);
  const start = source.charAt(i);
  let literal: { value: string | undefined; end: number } | undefined;
  if (start === "'" || start === '"') literal = readQuoted(source, i);
  else if (start === "`") {
    const chunk = readTemplateChunk(source, i + 1);
    literal = { value: chunk.opensExpression ? undefined : chunk.value, end: chunk.end };
  }
  if (literal === undefined || literal.value === undefined) return { value: undefined };
  const after = source.charAt(skipTrivia(source, literal.end));
  // `'a' + b`, `'a'.trim()`, `'a' as const`: not the literal alone.
  return { value: after === "," || after === "}" ? literal.value : undefined };
}

function matchAt(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0];
}

function skipTrivia(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    if (/\s/.test(source.charAt(i))) i += 1;
    else if (source.startsWith("//", i) || source.startsWith("/*", i)) i = afterComment(source, i);
    else break;
  }
  return i;
}

function afterComment(source: string, at: number): number {
  if (source.startsWith("//", at)) return lineEnd(source, at);
  const close = source.indexOf("*/", at + 2);
  return close === -1 ? source.length : close + 2;
}

function lineEnd(source: string, from: number): number {
  const newline = source.indexOf("\n", from);
  return newline === -1 ? source.length : newline;
}

/** A `'…'` or `"…"` literal at `at` and its unescaped value; no value when a line ends it unclosed. */
function readQuoted(source: string, at: number): { value: string | undefined; end: number } {
  const quote = source.charAt(at);
  let value = "";
  let i = at + 1;
  while (i < source.length) {
    const char = source.charAt(i);
    if (char === quote) return { value, end: i + 1 };
    if (char === "\n" || char === "\r") return { value: undefined, end: i };
    if (char === "\\") {
      const unescaped = unescapeAt(source, i);
      value += unescaped.text;
      i = unescaped.end;
    } else {
      value += char;
      i += 1;
    }
  }
  return { value: undefined, end: i };
}

/**
 * A template literal's text from `from` (just after the backtick or the `}` closing a `${…}`) to
 * its closing backtick, or to the next `${` (then `opensExpression`, and `end` is after the `${`).
 */
function readTemplateChunk(source: string, from: number): { value: string; end: number; opensExpression: boolean } {
  let value = "";
  let i = from;
  while (i < source.length) {
    const char = source.charAt(i);
    if (char === "`") return { value, end: i + 1, opensExpression: false };
    if (char === "$" && source.charAt(i + 1) === "{") return { value, end: i + 2, opensExpression: true };
    if (char === "\\") {
      const unescaped = unescapeAt(source, i);
      value += unescaped.text;
      i = unescaped.end;
    } else {
      value += char;
      i += 1;
    }
  }
  return { value, end: i, opensExpression: false };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", 0: "\0" };

/** The character the escape sequence at `at` (a backslash) stands for. */
function unescapeAt(source: string, at: number): { text: string; end: number } {
  const next = source.charAt(at + 1);
  if (next === "\r") return { text: "", end: source.charAt(at + 2) === "\n" ? at + 3 : at + 2 };
  if (next === "\n" || next === "\u2028" || next === "\u2029") return { text: "", end: at + 2 };
  const hex =
    next === "x"
      ? /^[0-9a-fA-F]{2}/.exec(source.slice(at + 2, at + 4))?.[0]
      : next === "u"
        ? (/^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(at + 2, at + 10)) ??
            /^[0-9a-fA-F]{4}/.exec(source.slice(at + 2, at + 6)))?.[0]
        : undefined;
  if (hex !== undefined) {
    const code = Number.parseInt(hex.replace(/[{}]/g, ""), 16);
    if (code <= 0x10ffff) return { text: String.fromCodePoint(code), end: at + 2 + hex.length };
  }
  return { text: SIMPLE_ESCAPES[next] ?? next, end: at + 2 };
}

function regexMayStart(previous: Token): boolean {
  if (previous === undefined) return true;
  if (previous.kind === "value") return false;
  if (previous.kind === "word") return REGEX_AFTER_WORD.has(previous.text);
  return REGEX_AFTER_PUNCTUATOR.includes(previous.text);
}

/** The end of the regular expression literal at `at`, or `undefined` when the line holds none. */
function regexEnd(source: string, at: number): number | undefined {
  let inClass = false;
  for (let i = at + 1; i < source.length; i += 1) {
    const char = source.charAt(i);
    if (char === "\n" || char === "\r") return undefined;
    if (char === "\\") i += 1;
    else if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    else if (char === "/" && !inClass) return (matchAt(/[a-z]*/y, source, i + 1) ?? "").length + i + 1;
  }
  return undefined;
}
