import { describe, expect, it } from "vitest";
import { ChunkIndexBuilder } from "../src/retrieve/chunk-index/chunk-index";
import { parseTsvector } from "../src/retrieve/chunk-index/parse-tsvector";
import { rankChunks } from "../src/retrieve/rank-chunks";
import type { Term } from "../src/retrieve/weigh-terms";

describe("parseTsvector", () => {
  it("reads lexemes and the field of each occurrence's weight letter", () => {
    expect(parseTsvector("'router':1A,4B,9 'merg':7C,12C")).toEqual([
      { lexeme: "router", fields: [0, 1, 3] },
      { lexeme: "merg", fields: [2, 2] },
    ]);
  });

  it("unescapes quotes and backslashes inside a lexeme", () => {
    expect(parseTsvector(String.raw`'it''s':2C 'a\\b':3C`).map((entry) => entry.lexeme)).toEqual(["it's", "a\\b"]);
  });

  it("reads an empty tsvector and a lexeme without positions", () => {
    expect(parseTsvector("")).toEqual([]);
    expect(parseTsvector("'bare'")).toEqual([{ lexeme: "bare", fields: [] }]);
  });

  it("says where text that is not a tsvector goes wrong", () => {
    expect(() => parseTsvector("router:1")).toThrow(/Unexpected tsvector text at 0/);
    expect(() => parseTsvector("'open")).toThrow(/Unterminated lexeme/);
  });
});

function term(lexeme: string, idf = 1): Term {
  return { word: lexeme, lexeme, matches: 0, idf, share: 0 };
}

function indexOf(chunks: Record<string, string>) {
  const builder = new ChunkIndexBuilder();
  for (const [source, search] of Object.entries(chunks)) {
    builder.add({
      id: source,
      documentId: source,
      source,
      slug: source,
      title: source,
      headingPath: [],
      anchor: "",
      ordinal: 0,
      body: "",
      code: "",
      search,
    });
  }
  return builder.finish();
}

describe("rankChunks", () => {
  it("ranks a title match above the same word once in a long body", () => {
    const index = indexOf({
      "body.md": "'router':5C 'page':1A 'one':6C 'two':7C 'three':8C 'four':9C",
      "title.md": "'router':1A 'other':3C",
    });
    const ranked = rankChunks(index, [term("router")], 5);
    expect(ranked.map((hit) => index.chunks[hit.chunk]?.source)).toEqual(["title.md", "body.md"]);
  });

  it("lets rare words outweigh common ones and marks chunks holding every term", () => {
    const index = indexOf({
      "a.md": "'common':1C 'rare':2C",
      "b.md": "'common':1C,2C,3C",
      "c.md": "'rare':1C 'filler':2C",
    });
    const ranked = rankChunks(index, [term("common", 0.2), term("rare", 2)], 5);
    expect(ranked.map((hit) => [index.chunks[hit.chunk]?.source, hit.complete])).toEqual([
      ["a.md", true],
      ["c.md", false],
      ["b.md", false],
    ]);
  });

  it("breaks ties by page, leaves out the excluded chunk and stops at the limit", () => {
    const index = indexOf({ "b.md": "'word':1C", "a.md": "'word':1C", "c.md": "'word':1C" });
    expect(rankChunks(index, [term("word")], 2).map((hit) => index.chunks[hit.chunk]?.source)).toEqual([
      "a.md",
      "b.md",
    ]);
    expect(rankChunks(index, [term("word")], 5, "a.md").map((hit) => index.chunks[hit.chunk]?.source)).toEqual([
      "b.md",
      "c.md",
    ]);
  });

  it("keeps exactly the best `limit` chunks of many, ties included in page order", () => {
    const chunks: Record<string, string> = {};
    for (let i = 0; i < 500; i++) {
      const repeats = (i * 7919) % 13;
      const positions = Array.from({ length: repeats + 1 }, (_, at) => `${at + 1}C`).join(",");
      chunks[`page-${String(i).padStart(3, "0")}.md`] = `'word':${positions} 'other':${repeats + 2}C`;
    }
    const index = indexOf(chunks);
    const everything = rankChunks(index, [term("word"), term("other", 0.5)], 500);
    expect(everything).toHaveLength(500);
    for (const limit of [1, 7, 40, 199]) {
      expect(rankChunks(index, [term("word"), term("other", 0.5)], limit)).toEqual(everything.slice(0, limit));
    }
  });

  it("ranks nothing for terms the book does not hold", () => {
    expect(rankChunks(indexOf({ "a.md": "'word':1C" }), [term("absent")], 5)).toEqual([]);
  });
});
