import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import { queryTerms } from "../retrieve/build-query";
import type { ChunkIndex } from "../retrieve/chunk-index/chunk-index";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { searchTerms } from "../retrieve/search-chunks";
import { type Term, weighTerms } from "../retrieve/weigh-terms";
import { answerSections } from "./answer-sections";
import type { Answer } from "./citation";
import { readRenderedLead } from "./read-rendered-lead";
import { DEFAULT_BUDGET, leadAnswer } from "./section-answer";

export const MAX_SELECTION_CHARS = 2000;
export const NO_RELATED = "I couldn't find related passages elsewhere in the documentation.";

export interface RelatedOptions {
  /**
   * Where the selection was made: a page's source path or slug, optionally with
   * `#anchor` (a citation's `source`, or the URL path the reader is on). The
   * passage the selection came from is then left out of the results.
   */
  source?: string;
  /** How many passages to return (default 5). */
  k?: number;
  /** The version of the book the selection was made in; by default the last one. */
  version?: string | undefined;
}

export class SelectionTooLongError extends Error {
  override readonly name = "SelectionTooLongError";

  constructor(readonly length: number) {
    super(`The selection is ${length} characters long; select at most ${MAX_SELECTION_CHARS}.`);
  }
}

/** How many of the selection's words steer the search: its most distinctive ones. */
const SELECTION_TERMS = 10;
/** How many distinct words of a long selection are weighed at all. */
const WORDS_WEIGHED = 120;

/**
 * Select-to-ask: the passages elsewhere in the book most related to a selected
 * piece of text, composed the way answers are: the most related section
 * leads, quoted, and the others follow as "Also relevant", each section once
 * and cited once. The search uses the selection's rarest words (those that
 * say what it is about), not all of them, which would only find the
 * selection itself.
 */
export async function relatedPassages(
  db: Kysely<Database>,
  text: string,
  options: RelatedOptions = {},
): Promise<Answer> {
  const selection = text.trim();
  if (selection.length > MAX_SELECTION_CHARS) throw new SelectionTooLongError(selection.length);
  const none: Answer = { answer: NO_RELATED, citations: [], mode: "extractive", answered: false };

  const index = await loadChunkIndex(db, options.version);
  const excludeChunkId =
    options.source === undefined ? undefined : await sourceChunkId(db, index, options.source, selection);
  const weighed = await weighTerms(db, index, queryTerms(selection).slice(0, WORDS_WEIGHED));
  // A word only the source passage has cannot lead anywhere else.
  const minimumMatches = excludeChunkId === undefined ? 1 : 2;
  const terms = distinctive(weighed.filter((term) => term.matches >= minimumMatches));
  const hits = await searchTerms(db, index, terms, { k: options.k ?? 5, excludeChunkId });
  const sections = answerSections(index, hits);
  if (sections.length === 0) return none;
  // No question to judge the sections against: being related is what was asked, so every one counts.
  const lead = sections[0];
  const rendered = lead === undefined ? undefined : await readRenderedLead(db, lead, DEFAULT_BUDGET, false);
  const { answer, citations } = leadAnswer("", sections, DEFAULT_BUDGET, rendered);
  return { answer, citations, mode: "extractive", answered: true };
}

function distinctive(terms: Term[]): Term[] {
  return [...terms].sort((a, b) => b.idf - a.idf || a.word.localeCompare(b.word)).slice(0, SELECTION_TERMS);
}

/**
 * The chunk a selection was made in: on the page `source` names (path or slug,
 * `#anchor` narrowing it to a section), the chunk whose text contains the
 * selection's opening words; failing that, the section's first chunk.
 */
async function sourceChunkId(
  db: Kysely<Database>,
  index: ChunkIndex,
  source: string,
  selection: string,
): Promise<string | undefined> {
  const [page = "", anchor] = source.replace(/^\/?docs\//, "").split("#", 2);
  const pageKey = page.replace(/^\/+|\/+$/g, "");
  const opening = selection.replace(/\s+/g, " ").slice(0, 120);
  const rows = await db
    .selectFrom("chunk")
    .innerJoin("document", "document.id", "chunk.document_id")
    .select("chunk.id")
    .where((eb) => eb.or([eb("document.source_path", "=", pageKey), eb("document.slug", "=", pageKey)]))
    .$if(anchor !== undefined && anchor !== "", (query) => query.where("chunk.anchor", "=", anchor ?? ""))
    .orderBy(sql`strpos(regexp_replace(chunk.body || ' ' || chunk.code, '\\s+', ' ', 'g'), ${opening}) > 0`, "desc")
    .orderBy("chunk.ordinal")
    .execute();
  // A source path names the page in every version; the one meant is in the version searched.
  return rows.find((row) => index.byId.has(row.id))?.id;
}
