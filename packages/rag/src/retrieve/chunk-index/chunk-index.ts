import { FIELDS, parseTsvector } from "./parse-tsvector";

/** One chunk, with everything a question needs of it: answering one reads no chunk from the database. */
export interface IndexedChunk {
  id: string;
  documentId: string;
  /** The page's path relative to the docs root: ties between equal scores go to the earlier page. */
  source: string;
  slug: string;
  /** The page's title. */
  title: string;
  headingPath: string[];
  anchor: string;
  ordinal: number;
  body: string;
  /** The section's code blocks (not part of snippets; an LLM prompt may quote them). */
  code: string;
}

/** The chunks that hold one lexeme, in index order, with how often in each field. */
export interface Posting {
  /** Indexes into ChunkIndex.chunks, ascending. */
  chunks: Int32Array;
  /** Occurrences per field of the i-th chunk: counts[i * FIELD_COUNT + field]. */
  counts: Uint16Array;
}

export interface ChunkIndex {
  chunks: IndexedChunk[];
  /** Chunk id → index into `chunks`. */
  byId: Map<string, number>;
  /** A section (sectionKey) → its chunks, in page order. */
  sections: Map<string, number[]>;
  /** A page (documentId) → its chunks, in page order. */
  pages: Map<string, number[]>;
  /** Lexeme positions per field of each chunk: fieldLengths[chunk * FIELD_COUNT + field]. */
  fieldLengths: Uint32Array;
  /** The mean of each field's length over all chunks (BM25's avgdl, per field). */
  averageFieldLengths: number[];
  postings: Map<string, Posting>;
  /** The book version its chunks are of (load-chunk-index.ts); undefined: the last version, or a test's chunks. */
  version?: string | undefined;
}

export const FIELD_COUNT = FIELDS.length;

export interface ChunkRow extends IndexedChunk {
  /** `chunk.search` as text. */
  search: string;
}

/** How a section is named in ChunkIndex.sections: a page's chunks under one heading share it. */
export function sectionKey(documentId: string, anchor: string): string {
  return `${documentId}#${anchor}`;
}

interface OpenPosting {
  lexeme: string;
  chunks: number[];
  counts: number[];
}

/**
 * Whether chunk `at` (an index into ChunkIndex.chunks) holds `lexeme`: a
 * binary search of the lexeme's posting, which lists its chunks in ascending
 * order, so no chunk has to keep a list of its own lexemes.
 */
export function chunkHolds(index: ChunkIndex, at: number, lexeme: string): boolean {
  const chunks = index.postings.get(lexeme)?.chunks;
  return chunks !== undefined && positionInPosting(chunks, at) !== -1;
}

/** Where chunk `at` is in a posting's ascending chunk list (a binary search), or -1. */
export function positionInPosting(chunks: Int32Array, at: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const chunk = chunks[middle] ?? 0;
    if (chunk === at) return middle;
    if (chunk < at) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Builds a ChunkIndex from chunks added one at a time (a large book streams
 * in pages), in the order they should win ties. Postings are growable arrays
 * while building and typed arrays after: a 100k-chunk book's postings are
 * millions of numbers, which typed arrays hold at a fraction of the memory.
 */
export class ChunkIndexBuilder {
  readonly #chunks: IndexedChunk[] = [];
  readonly #fieldLengths: number[] = [];
  readonly #postings = new Map<string, OpenPosting>();

  add(row: ChunkRow): void {
    const { search, ...chunk } = row;
    const lengths: number[] = new Array<number>(FIELD_COUNT).fill(0);
    for (const { lexeme, fields } of parseTsvector(search)) {
      let posting = this.#postings.get(lexeme);
      if (posting === undefined) {
        posting = { lexeme, chunks: [], counts: [] };
        this.#postings.set(lexeme, posting);
      }
      const counts: number[] = new Array<number>(FIELD_COUNT).fill(0);
      for (const field of fields) {
        counts[field] = (counts[field] ?? 0) + 1;
        lengths[field] = (lengths[field] ?? 0) + 1;
      }
      posting.chunks.push(this.#chunks.length);
      posting.counts.push(...counts);
    }
    this.#fieldLengths.push(...lengths);
    this.#chunks.push(chunk);
  }

  finish(): ChunkIndex {
    const count = this.#chunks.length;
    const averageFieldLengths = FIELDS.map((_, field) => {
      let sum = 0;
      for (let chunk = 0; chunk < count; chunk++) sum += this.#fieldLengths[chunk * FIELD_COUNT + field] ?? 0;
      return count === 0 ? 0 : sum / count;
    });
    const postings = new Map<string, Posting>();
    for (const [lexeme, open] of this.#postings) {
      postings.set(lexeme, {
        chunks: Int32Array.from(open.chunks),
        counts: Uint16Array.from(open.counts),
      });
    }
    const byId = new Map<string, number>();
    const sections = new Map<string, number[]>();
    const pages = new Map<string, number[]>();
    this.#chunks.forEach((chunk, index) => {
      byId.set(chunk.id, index);
      addTo(sections, sectionKey(chunk.documentId, chunk.anchor), index);
      addTo(pages, chunk.documentId, index);
    });
    const byOrdinal = (a: number, b: number) => (this.#chunks[a]?.ordinal ?? 0) - (this.#chunks[b]?.ordinal ?? 0);
    for (const members of sections.values()) members.sort(byOrdinal);
    for (const members of pages.values()) members.sort(byOrdinal);
    return {
      chunks: this.#chunks,
      byId,
      sections,
      pages,
      fieldLengths: Uint32Array.from(this.#fieldLengths),
      averageFieldLengths,
      postings,
    };
  }
}

function addTo(groups: Map<string, number[]>, key: string, member: number): void {
  const members = groups.get(key);
  if (members === undefined) groups.set(key, [member]);
  else members.push(member);
}
