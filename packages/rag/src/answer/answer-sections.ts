import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import type { ChunkHit } from "../retrieve/search-chunks";
import { docUrl } from "./citation";
import type { CitationSource } from "./number-citations";

/**
 * A section of a page that retrieval found, whole: answers cite sections, not
 * the chunks a long section is packed into, so two hits in one section are one
 * source.
 */
export interface AnswerSection {
  /** Where it is cited from and linked to. */
  source: CitationSource;
  /** The best retrieval score among its hits. */
  score: number;
  /** Its opening text: the body of its first chunk, paragraphs separated by blank lines. */
  opening: string;
  /** Its code, block after block, as indexed. */
  code: string;
  /** Its best-ranked hit. */
  best: ChunkHit;
  /** Its chunks that retrieval found, best first: what a language model is given. */
  hits: ChunkHit[];
  /** Every lexeme of its title, headings, body and code, as the index has them. */
  lexemes: ReadonlySet<string>;
}

/**
 * The sections of `hits`, in the order of their best hit, each with its
 * opening text, code and lexemes read from all of its chunks (one query).
 */
export async function answerSections(db: Kysely<Database>, hits: ChunkHit[]): Promise<AnswerSection[]> {
  const sections = new Map<string, { hit: ChunkHit; hits: ChunkHit[]; score: number }>();
  for (const hit of hits) {
    const key = sectionKey(hit.documentId, hit.anchor);
    const known = sections.get(key);
    if (known === undefined) sections.set(key, { hit, hits: [hit], score: hit.score });
    else {
      known.hits.push(hit);
      known.score = Math.max(known.score, hit.score);
    }
  }
  if (sections.size === 0) return [];
  const entries = [...sections.values()];
  const { rows } = await sql<{
    document_id: string;
    anchor: string;
    ordinal: number;
    body: string;
    code: string;
    lexemes: string[];
  }>`
    select c.document_id, c.anchor, c.ordinal, c.body, c.code, tsvector_to_array(c.search) as lexemes
    from chunk c
    join unnest(cast(${entries.map((entry) => entry.hit.documentId)} as uuid[]), cast(${entries.map((entry) => entry.hit.anchor)} as text[]))
      as s(document_id, anchor) on c.document_id = s.document_id and c.anchor = s.anchor
    order by c.document_id, c.anchor, c.ordinal
  `.execute(db);
  const chunksByKey = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = sectionKey(row.document_id, row.anchor);
    chunksByKey.set(key, [...(chunksByKey.get(key) ?? []), row]);
  }
  return entries.map(({ hit, hits: found, score }) => {
    const chunks = chunksByKey.get(sectionKey(hit.documentId, hit.anchor)) ?? [];
    const opening = chunks.find((chunk) => chunk.body.trim() !== "")?.body ?? hit.body;
    return {
      source: {
        source: hit.source,
        slug: hit.slug,
        url: docUrl(hit.slug, hit.anchor),
        title: hit.title,
        heading: hit.headingPath.at(-1) ?? hit.title,
        snippet: hit.snippet,
        score: Math.round(score * 10_000) / 10_000,
      },
      score,
      best: hit,
      hits: found,
      opening,
      code: chunks
        .map((chunk) => chunk.code)
        .filter((code) => code.trim() !== "")
        .join("\n\n"),
      lexemes: new Set(chunks.flatMap((chunk) => chunk.lexemes)),
    };
  });
}

function sectionKey(documentId: string, anchor: string): string {
  return `${documentId}#${anchor}`;
}

/** A section as one passage for a language model: its best hit, holding the text of all its hits. */
export function sectionPassage(section: AnswerSection): ChunkHit {
  const [best, ...rest] = section.hits;
  if (best === undefined || rest.length === 0) return best ?? section.best;
  return {
    ...best,
    body: [...new Set(section.hits.map((hit) => hit.body))].join("\n\n"),
    code: [...new Set(section.hits.map((hit) => hit.code).filter((code) => code !== ""))].join("\n\n"),
  };
}
