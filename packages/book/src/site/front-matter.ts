import { parseDocument } from "yaml";
import { z } from "zod";

// YAML reads `title: 2024` as a number; Docusaurus accepts it as text too.
const text = z
  .union([z.string(), z.number()], { error: "must be text" })
  .transform((value) => String(value).trim() || undefined);

// Docusaurus validates with Joi, which also takes the strings "true"/"false" for booleans.
const flag = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: "must be true or false" })
  .transform((value) => value === true || value === "true");

const number = z.union([z.number(), z.string().regex(/^\s*-?\d+(?:\.\d+)?\s*$/, { error: "must be a number" })], {
  error: "must be a number",
});

const levelError = { error: "must be a heading level from 2 to 6" };
const headingLevel = z.number(levelError).int(levelError).min(2, levelError).max(6, levelError);

/** The front matter fields of a docs page that the book uses, as the rest of the code reads them. */
export const docFrontMatterSchema = z.object({
  id: z.string().optional(),
  slug: z.string().optional(),
  title: z.string().optional(),
  sidebarLabel: z.string().optional(),
  sidebarPosition: z.number().optional(),
  description: z.string().optional(),
  hideTitle: z.boolean(),
  draft: z.boolean(),
  unlisted: z.boolean(),
  tocMinHeadingLevel: z.number().optional(),
  tocMaxHeadingLevel: z.number().optional(),
  keywords: z.array(z.string()).optional(),
});
export type DocFrontMatter = z.infer<typeof docFrontMatterSchema>;

/**
 * The same fields in the snake_case Docusaurus reads. Unknown keys are ignored;
 * a known key of the wrong type makes the page unreadable (Docusaurus refuses
 * to build it too).
 */
const rawFrontMatterSchema = z
  .object({
    id: text.refine((id) => !id?.includes("/"), 'must not contain "/"').optional(),
    slug: text.optional(),
    title: text.optional(),
    sidebar_label: text.optional(),
    sidebar_position: number.transform(Number).optional(),
    description: text.optional(),
    hide_title: flag.optional(),
    draft: flag.optional(),
    unlisted: flag.optional(),
    toc_min_heading_level: headingLevel.optional(),
    toc_max_heading_level: headingLevel.optional(),
    keywords: z.array(text, { error: "must be a list of text" }).optional(),
  })
  .refine(
    (fields) => (fields.toc_min_heading_level ?? 2) <= (fields.toc_max_heading_level ?? 6),
    "toc_min_heading_level must not be above toc_max_heading_level",
  )
  .transform(
    (fields): DocFrontMatter => ({
      id: fields.id,
      slug: fields.slug,
      title: fields.title,
      sidebarLabel: fields.sidebar_label,
      sidebarPosition: fields.sidebar_position,
      description: fields.description,
      hideTitle: fields.hide_title ?? false,
      draft: fields.draft ?? false,
      unlisted: fields.unlisted ?? false,
      tocMinHeadingLevel: fields.toc_min_heading_level,
      tocMaxHeadingLevel: fields.toc_max_heading_level,
      keywords: fields.keywords?.filter((keyword): keyword is string => keyword !== undefined),
    }),
  );

export type FrontMatterResult =
  | {
      ok: true;
      frontMatter: DocFrontMatter;
      /** The text after the front matter. */
      body: string;
      /** 1-based line of the body's first line in the file, so warnings can name real lines. */
      bodyStartLine: number;
    }
  | { ok: false; reason: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a page into its YAML front matter and the Markdown after it. A page
 * without front matter is fine; front matter that is not closed, not valid YAML,
 * not a mapping, or has a field of the wrong type is an error.
 */
export function parseFrontMatter(source: string): FrontMatterResult {
  const opening = OPENING.exec(source);
  if (opening === null) {
    return {
      ok: true,
      frontMatter: rawFrontMatterSchema.parse({}),
      body: source.replace(/^\uFEFF/, ""),
      bodyStartLine: 1,
    };
  }

  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) return { ok: false, reason: "front matter is not closed with a --- line" };

  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length);
  const body = afterClosing.replace(/^\r?\n/, "");
  const consumed = source.length - body.length;
  const bodyStartLine = source.slice(0, consumed).split("\n").length;

  const document = parseDocument(yamlText, { prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError !== undefined) {
    return { ok: false, reason: `front matter is not valid YAML: ${firstError.message.split("\n")[0]}` };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    return { ok: true, frontMatter: rawFrontMatterSchema.parse({}), body, bodyStartLine };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, reason: "front matter must be a YAML mapping of fields" };
  }
  // An empty field (`title:`) means "not set", as in Docusaurus.
  const fields = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
  const parsed = rawFrontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = issue?.path.join(".");
    const message = issue?.message ?? "is invalid";
    return { ok: false, reason: field ? `front matter field "${field}" ${message}` : `front matter: ${message}` };
  }
  return { ok: true, frontMatter: parsed.data, body, bodyStartLine };
}
