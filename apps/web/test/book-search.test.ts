import { describe, expect, it } from "vitest";
import { createBookSearch, type SearchResult } from "../src/lib/search/book-search";
import { splitMatches } from "../src/lib/search/match-ranges";
import { queryWords } from "../src/lib/search/search-words";

const entries = [
  { slug: "guides/install", page: "Install" },
  { slug: "guides/install", page: "Install", heading: { text: "With a lockfile", id: "with-a-lockfile" } },
  { slug: "guides/install", page: "Install", heading: { text: "Retries", id: "retries" } },
  { slug: "guides/configure", page: "Configure" },
  { slug: "guides/configure", page: "Configure", heading: { text: "Environment variables", id: "env" } },
  { slug: "client/batch", page: "HTTP Batch Link" },
  { slug: "client/split", page: "Split Link", heading: { text: "Disable batching for certain requests", id: "off" } },
  { slug: "client/batch", page: "HTTP Batch Link", heading: { text: "httpBatchLink options", id: "options" } },
  { slug: "precommit", page: "Pre-commit Hook" },
];

const shown = (results: SearchResult[]) => results.map((result) => result.text);
/** The marked parts of each result's text. */
const marked = (results: SearchResult[]) =>
  results.map((result) => result.matches.map(({ start, end }) => result.text.slice(start, end)));

describe("queryWords", () => {
  it("stems each word and searches the last one by prefix only while it is being typed", () => {
    expect(queryWords("Batching requ")).toEqual([
      { typed: "batching", term: "batch", prefix: false, typos: 1 },
      { typed: "requ", term: "requ", prefix: true, typos: 0 },
    ]);
    expect(queryWords("batching ").map((word) => word.prefix)).toEqual([false]);
  });

  it("leaves out finished stop words and repeated stems, unless nothing else is left", () => {
    expect(queryWords("how to configure the").map((word) => word.typed)).toEqual(["configure", "the"]);
    expect(queryWords("how to configure the ").map((word) => word.typed)).toEqual(["configure"]);
    expect(queryWords("request requests").map((word) => word.typed)).toEqual(["request"]);
    expect(queryWords("how to ").map((word) => word.typed)).toEqual(["how", "to"]);
    expect(queryWords("  ")).toEqual([]);
  });

  it("forgives one typo from five letters of the stem and two from nine", () => {
    expect(queryWords("cors configure authentication").map((word) => word.typos)).toEqual([0, 1, 1]);
    expect(queryWords("subscriptions").map((word) => word.typos)).toEqual([2]);
  });
});

describe("createBookSearch", () => {
  const search = createBookSearch(entries);

  it("finds a word by its stem and marks the whole word", () => {
    const results = search.search("retry ");
    expect(shown(results)).toEqual(["Retries"]);
    expect(marked(results)).toEqual([["Retries"]]);
    expect(shown(search.search("configuring "))).toEqual(["Configure"]);
  });

  it("finds the word being typed by its start and marks what was typed", () => {
    const results = search.search("lockf");
    expect(shown(results)).toEqual(["With a lockfile"]);
    expect(marked(results)).toEqual([["lockf"]]);
    // Finished, the same letters are a word of their own, and nothing has it.
    expect(search.search("lockf ")).toEqual([]);
  });

  it("forgives a typo in a longer word", () => {
    expect(shown(search.search("confgure"))).toEqual(["Configure"]);
    expect(shown(search.search("enviroment"))).toEqual(["Environment variables"]);
  });

  it("needs no word in particular, and ranks a result with more of the words first", () => {
    expect(shown(search.search("lockfile nothing"))).toEqual(["With a lockfile"]);
    expect(shown(search.search("batch requests"))).toEqual([
      "Disable batching for certain requests",
      "HTTP Batch Link",
      "httpBatchLink options",
    ]);
  });

  it("ranks a title above a heading, and counts the page's title only for its headings that match", () => {
    const batch = shown(search.search("batch"));
    expect(batch[0]).toBe("HTTP Batch Link");
    expect(batch).toHaveLength(3);
    // "install" alone is the page: its headings do not match it themselves.
    expect(shown(search.search("install"))).toEqual(["Install"]);
    // With a word of its own, a heading's page counts: the lockfile heading of Install comes first.
    expect(shown(search.search("install lockfile"))[0]).toBe("With a lockfile");
  });

  it("finds the humps of an identifier and a hyphenated word written as one", () => {
    const results = search.search("options batch");
    expect(shown(results)[0]).toBe("httpBatchLink options");
    expect(marked(results)[0]).toEqual(["Batch", "options"]);
    const compound = search.search("precommit");
    expect(shown(compound)).toEqual(["Pre-commit Hook"]);
    expect(marked(compound)).toEqual([["Pre-commit"]]);
  });

  it("keeps the book's order among equals and stops at the limit", () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ slug: `p${index}`, page: `Page ${index}` }));
    const results = createBookSearch(many).search("page", 5);
    expect(results.map((result) => result.entry.slug)).toEqual(["p0", "p1", "p2", "p3", "p4"]);
  });

  it("answers nothing for an empty query or an empty book", () => {
    expect(search.search("   ")).toEqual([]);
    expect(createBookSearch([]).search("install")).toEqual([]);
  });
});

describe("splitMatches", () => {
  it("cuts text into plain and marked parts", () => {
    expect(splitMatches("Router merging", [{ start: 7, end: 10 }])).toEqual([
      { text: "Router ", marked: false },
      { text: "mer", marked: true },
      { text: "ging", marked: false },
    ]);
    expect(splitMatches("abc", [])).toEqual([{ text: "abc", marked: false }]);
  });
});
