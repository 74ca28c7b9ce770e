import { type ChunkIndex, chunkHolds, type IndexedChunk, sectionKey } from "../retrieve/chunk-index/chunk-index";
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
  /** The best cosine similarity of its hits to the question, when the semantic leg ran. */
  similarity: number | undefined;
  /** Whether its title, headings, body or code hold a lexeme, as the index has them. */
  lexemes: Pick<ReadonlySet<string>, "has">;
}

/**
 * The sections of `hits`, in the order of their best hit, each with its
 * opening text, code and lexemes read from all of its chunks in the index.
 */
export function answerSections(index: ChunkIndex, hits: ChunkHit[]): AnswerSection[] {
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
  return [...sections.entries()].map(([key, { hit, hits: found, score }]) => {
    const members = index.sections.get(key) ?? [];
    const chunks: IndexedChunk[] = [];
    for (const at of members) {
      const chunk = index.chunks[at];
      if (chunk !== undefined) chunks.push(chunk);
    }
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
      similarity: bestSimilarity(found),
      opening,
      code: chunks
        .map((chunk) => chunk.code)
        .filter((code) => code.trim() !== "")
        .join("\n\n"),
      // Asked about a handful of question words: looking them up beats collecting every lexeme.
      lexemes: { has: (lexeme: string) => members.some((at) => chunkHolds(index, at, lexeme)) },
    };
  });
}

/** The highest similarity among hits or sections, or undefined when the semantic leg did not run. */
export function bestSimilarity(found: readonly { similarity?: number | undefined }[]): number | undefined {
  const known = found.flatMap((item) => (item.similarity === undefined ? [] : [item.similarity]));
  return known.length === 0 ? undefined : Math.max(...known);
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
