import { parseDocument } from "yaml";
import { z } from "zod";

/** Docusaurus's `_category_` file names, in the order Docusaurus reads them (the first that exists wins). */
export const CATEGORY_FILE_NAMES = ["_category_.json", "_category_.yml", "_category_.yaml"] as const;

const categoryLinkSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("doc"), id: z.string().min(1) }),
  z.object({
    type: z.literal("generated-index"),
    slug: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
  }),
]);

/**
 * The `_category_` fields the book uses (className, customProps, keywords… are
 * ignored). `link: null` means "no page for this category", which also turns
 * off the index-doc convention, as in Docusaurus.
 */
export const categoryMetadataSchema = z.object({
  label: z.string().optional(),
  position: z.number().optional(),
  collapsed: z.boolean().optional(),
  collapsible: z.boolean().optional(),
  link: categoryLinkSchema.nullable().optional(),
});
export type CategoryMetadata = z.infer<typeof categoryMetadataSchema>;

export type CategoryMetadataResult = { ok: true; metadata: CategoryMetadata } | { ok: false; reason: string };

/** Parses a `_category_.json|yml|yaml` file's text. */
export function parseCategoryMetadata(fileName: string, text: string): CategoryMetadataResult {
  let data: unknown;
  if (fileName.endsWith(".json")) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  } else {
    const document = parseDocument(text, { prettyErrors: false });
    const [firstError] = document.errors;
    if (firstError !== undefined) return { ok: false, reason: `not valid YAML: ${firstError.message.split("\n")[0]}` };
    data = document.toJS();
  }
  // An empty file is a category without settings.
  if (data === null || data === undefined) return { ok: true, metadata: {} };
  const parsed = categoryMetadataSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = issue?.path.join(".") ?? "";
    return { ok: false, reason: `${field === "" ? "the file" : `field "${field}"`}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, metadata: parsed.data };
}
