import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerQuestion,
  ingestDirectory,
  NO_RELATED,
  readDocument,
  readSidebars,
  relatedPassages,
  SelectionTooLongError,
  searchChunks,
} from "../src";
import { basicDocs } from "./fixture-tree";

describe.each(testDrivers())("retrieval and answers on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, basicDocs);
  });
  afterAll(() => database?.dispose());

  describe("searchChunks", () => {
    it("finds the section that answers a question, with a deep link and a marked snippet", async () => {
      const [top] = await searchChunks(
        database.db,
        "Which version is current when two devices edit the same paragraph?",
      );
      expect(top).toMatchObject({
        source: "guides/syncing.mdx",
        slug: "guides/syncing",
        anchor: "conflicts",
        match: "all",
      });
      expect(top?.headingPath).toEqual(["Conflict resolution"]);
      expect(top?.snippet).toMatch(/<mark>devices<\/mark>/);
      expect(top?.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    });

    it("falls back to any term when no passage has them all", async () => {
      const hits = await searchChunks(database.db, "encryption key hovercraft submarine");
      expect(hits[0]).toMatchObject({ source: "reference/config.md", match: "any" });
    });

    it("matches words inside paths, dotted names and code", async () => {
      const [top] = await searchChunks(database.db, "relay.example.org");
      expect(top?.source).toBe("guides/syncing.mdx");
      const [env] = await searchChunks(database.db, "QUILL_RELAY_TOKEN firewall");
      expect(env?.anchor).toBe("setup-1");
    });

    it("returns at most k passages and at most two per page", async () => {
      const hits = await searchChunks(database.db, "relay notebook device note", { k: 4 });
      expect(hits.length).toBeLessThanOrEqual(4);
      const perPage = new Map<string, number>();
      for (const hit of hits) perPage.set(hit.source, (perPage.get(hit.source) ?? 0) + 1);
      for (const count of perPage.values()) expect(count).toBeLessThanOrEqual(2);
      const ranked = hits.map((hit) => hit.score);
      const allMatches = hits.filter((hit) => hit.match === "all").map((hit) => hit.score);
      expect(allMatches).toEqual([...allMatches].sort((a, b) => b - a));
      expect(ranked.length).toBe(hits.length);
    });

    it.each([
      "",
      "   \n\t ",
      "the of and to a",
      "a & | !(",
      "'; drop table chunk; --",
      "select * from document where 1=1",
      "!!!???***",
      ":* <-> & | ! ( ) ' \"",
      "x".repeat(5000),
      "\u0000\uFFFF\uD83D",
    ])("returns nothing rather than an error for absurd input %#", async (input) => {
      const hits = await searchChunks(database.db, input);
      expect(Array.isArray(hits)).toBe(true);
      expect(await database.db.selectFrom("chunk").select("id").limit(1).execute()).toHaveLength(1);
    });

    it("gives an empty result for input that is only stop-words or syntax", async () => {
      expect(await searchChunks(database.db, "the of and to a")).toEqual([]);
      expect(await searchChunks(database.db, "a & | !(")).toEqual([]);
    });
  });

  describe("answerQuestion", () => {
    it("answers with the best section, marked with its citation, and says it answered", async () => {
      const result = await answerQuestion(database.db, "Is the encryption key sent to the relay?");
      expect(result.mode).toBe("extractive");
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(
        /^Encryption keys — Configuration file \[1\]\n\n.*The encryption key never reaches the relay/s,
      );
      expect(result.answer).toContain("Read more: /docs/reference/configuration#encryption-keys");
      expect(result.citations[0]).toMatchObject({
        n: 1,
        source: "reference/config.md",
        slug: "reference/configuration",
        url: "/docs/reference/configuration#encryption-keys",
        title: "Configuration file",
        heading: "Encryption keys",
      });
      for (const marker of result.answer.match(/\[(\d+)\]/g) ?? []) {
        const n = Number(marker.slice(1, -1));
        expect(result.citations.some((citation) => citation.n === n)).toBe(true);
      }
    });

    it("says so plainly, without citations, when nothing matches", async () => {
      expect(await answerQuestion(database.db, "zeppelin hovercraft")).toEqual({
        answer:
          "The documentation doesn't seem to cover “zeppelin hovercraft”. Nothing in it mentions “zeppelin” or “hovercraft”.",
        citations: [],
        mode: "extractive",
        answered: false,
      });
      expect(await answerQuestion(database.db, "   ")).toMatchObject({ answered: false, citations: [] });
    });
  });

  describe("relatedPassages", () => {
    it("finds passages elsewhere, leaving out the one the selection came from", async () => {
      const selection = "Notes are encrypted on the device before they leave it.";
      const result = await relatedPassages(database.db, selection, { source: "reference/config.md#encryption-keys" });
      expect(result.citations.length).toBeGreaterThan(0);
      expect(result.citations.map((citation) => citation.url)).not.toContain(
        "/docs/reference/configuration#encryption-keys",
      );
      const without = await relatedPassages(database.db, selection);
      expect(without.citations[0]?.url).toBe("/docs/reference/configuration#encryption-keys");
    });

    it("accepts a slug as the source and explains with cited sentences", async () => {
      const result = await relatedPassages(
        database.db,
        "Scan the pairing code shown on the desktop with your phone camera.",
        {
          source: "/docs/guides/syncing",
        },
      );
      expect(result.citations.every((citation) => citation.snippet.length > 0)).toBe(true);
      expect(result.answer === NO_RELATED || /\[\d+\]/.test(result.answer)).toBe(true);
    });

    it("leads with one section and cites each section once, numbered 1…n as the text cites them", async () => {
      const result = await relatedPassages(database.db, "Notes are encrypted on the device before they leave it.");
      const urls = result.citations.map((citation) => citation.url);
      expect(urls.length).toBeGreaterThan(1);
      expect(new Set(urls).size).toBe(urls.length);
      expect(result.citations.map((citation) => citation.n)).toEqual(urls.map((_, index) => index + 1));
      const cited = [...result.answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
      expect(new Set(cited)).toEqual(new Set(result.citations.map((citation) => citation.n)));
      expect(result.answer).toMatch(/Read more: \/docs\//);
    });

    it("refuses selections over 2,000 characters with a typed error", async () => {
      await expect(relatedPassages(database.db, "word ".repeat(500))).rejects.toBeInstanceOf(SelectionTooLongError);
    });
  });

  describe("pages", () => {
    it("lists the sidebar: categories from folders, the index page as the category's link", async () => {
      const sidebars = await readSidebars(database.db);
      // No sidebars file: the one sidebar Docusaurus autogenerates.
      expect(sidebars.map((sidebar) => sidebar.id)).toEqual(["defaultSidebar"]);
      const sidebar = sidebars[0]?.items ?? [];
      expect(sidebar).toMatchObject([
        { type: "doc", label: "Welcome", slug: "" },
        { type: "category", label: "Guides", slug: "guides" },
        { type: "category", label: "Reference", slug: null },
      ]);
      const guides = sidebar[1];
      expect(guides?.type === "category" && guides.items.map((item) => item.type === "doc" && item.label)).toEqual([
        "Getting started",
        "Syncing notebooks",
      ]);
    });

    it("reads one page by slug", async () => {
      const page = await readDocument(database.db, "/reference/configuration/");
      expect(page).toMatchObject({
        title: "Configuration file",
        slug: "reference/configuration",
        source: "reference/config.md",
      });
      expect(page?.toc).toEqual([
        { depth: 2, text: "Options", id: "options" },
        { depth: 3, text: "Encryption keys", id: "encryption-keys" },
      ]);
      expect(page?.html).toContain('<h2 id="options">Options<a class="hash-link" href="#options"');
      expect(await readDocument(database.db, "")).toMatchObject({ title: "Welcome to Quillstack" });
      expect(await readDocument(database.db, "no/such/page")).toBeUndefined();
    });
  });
});
