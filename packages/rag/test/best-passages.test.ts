import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChunkIndexBuilder } from "../src/retrieve/chunk-index/chunk-index";
import { searchTerms } from "../src/retrieve/search-chunks";

/** Chunks of pages as `[page, tsvector]`, in order: each page's chunks numbered from 0. */
function indexOf(chunks: [string, string][]) {
  const builder = new ChunkIndexBuilder();
  const ordinals = new Map<string, number>();
  for (const [page, search] of chunks) {
    const ordinal = ordinals.get(page) ?? 0;
    ordinals.set(page, ordinal + 1);
    builder.add({
      id: `${page}#${ordinal}`,
      documentId: page,
      source: page,
      slug: page,
      title: page,
      headingPath: [],
      anchor: `part-${ordinal}`,
      ordinal,
      body: "",
      code: "",
      search,
    });
  }
  return builder.finish();
}

describe("searchTerms", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(() => database?.dispose());

  it("still fills k from other pages when one page holds every one of the best passages", async () => {
    const index = indexOf([
      ...Array.from({ length: 60 }, (): [string, string] => ["big.md", "'lantern':1A,2A,3A"]),
      ["small-b.md", "'lantern':5C 'other':6C"],
      ["small-a.md", "'lantern':5C"],
    ]);
    const term = { word: "lantern", lexeme: "lantern", matches: 62, idf: 1, share: 1 };
    const hits = await searchTerms(database.db, index, [term], { k: 3 });
    // At most two passages of a page: the third comes from past the 60 of big.md.
    expect(hits.map((hit) => hit.chunkId)).toEqual(["big.md#0", "big.md#1", "small-a.md#0"]);
  });
});
