import { parseDocument } from "yaml";

/** The front matter fields Docusaurus gives meaning to that the index uses. */
export interface FrontMatter {
  id?: string;
  title?: string;
  slug?: string;
  sidebarLabel?: string;
  sidebarPosition?: number;
}

export type FrontMatterResult = { ok: true; frontMatter: FrontMatter; content: string } | { ok: false; reason: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a page into its YAML front matter and the Markdown after it. A page
 * without front matter is fine; front matter that is not closed, not valid YAML,
 * not a mapping, or has a field of the wrong type is an error, because
 * Docusaurus would refuse to build that page too.
 */
export function parseFrontMatter(source: string): FrontMatterResult {
  const opening = OPENING.exec(source);
  if (opening === null) return { ok: true, frontMatter: {}, content: source.replace(/^\uFEFF/, "") };

  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) return { ok: false, reason: "front matter is not closed with a --- line" };

  const yamlText = rest.slice(0, closing.index);
  const content = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "");
  const document = parseDocument(yamlText, { prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError !== undefined) {
    return { ok: false, reason: `front matter is not valid YAML: ${firstError.message.split("\n")[0]}` };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { ok: true, frontMatter: {}, content };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, reason: "front matter must be a YAML mapping of fields" };
  }
  const fields = new Map<string, unknown>(Object.entries(data));

  const frontMatter: FrontMatter = {};
  for (const [key, name] of [
    ["id", "id"],
    ["title", "title"],
    ["slug", "slug"],
    ["sidebar_label", "sidebarLabel"],
  ] as const) {
    const value = fields.get(key);
    if (value === undefined || value === null) continue;
    // YAML reads `title: 2024` as a number; Docusaurus accepts it as text too.
    if (typeof value !== "string" && typeof value !== "number") {
      return { ok: false, reason: `front matter field "${key}" must be text` };
    }
    const text = String(value).trim();
    if (text !== "") frontMatter[name] = text;
  }
  if (frontMatter.id?.includes("/")) return { ok: false, reason: 'front matter field "id" must not contain "/"' };

  const position = fields.get("sidebar_position");
  if (position !== undefined && position !== null) {
    if (typeof position !== "number" || !Number.isFinite(position)) {
      return { ok: false, reason: 'front matter field "sidebar_position" must be a number' };
    }
    frontMatter.sidebarPosition = position;
  }
  return { ok: true, frontMatter, content };
}
