import { type Database, perDatabase } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { AnswerSection } from "./answer-sections";
import { type RenderedLead, renderedLead } from "./rendered-lead";
import type { LeadBudget } from "./section-answer";

/** Leads remembered per database; past this the memory starts over (popular sections come back at once). */
const MAX_REMEMBERED = 500;
const rememberedFor = perDatabase(() => new Map<string, RenderedLead | undefined>());

/**
 * The lead of an answer's first section, made from the page as the reader
 * sees it (rendered-lead.ts): one pipeline for the reader and the answer.
 * Parsing a page costs milliseconds, so leads are remembered by the page's
 * content hash, section and budget: a changed page is a new key, never a
 * stale lead. Undefined when the page is gone or has no such section.
 */
export async function readRenderedLead(
  db: Kysely<Database>,
  section: AnswerSection,
  budget: LeadBudget,
  wantCode: boolean,
): Promise<RenderedLead | undefined> {
  const { documentId, anchor } = section.best;
  const page = await db.selectFrom("document").select("content_hash").where("id", "=", documentId).executeTakeFirst();
  if (page === undefined) return undefined;
  const key = [documentId, page.content_hash, anchor, budget.maxChars, budget.maxCodeLines, wantCode].join("\0");
  const remembered = rememberedFor(db);
  if (remembered.has(key)) return remembered.get(key);
  const row = await db.selectFrom("document").select("html").where("id", "=", documentId).executeTakeFirst();
  const lead = row === undefined ? undefined : renderedLead(row.html, anchor, budget, { wantCode });
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, lead);
  return lead;
}
