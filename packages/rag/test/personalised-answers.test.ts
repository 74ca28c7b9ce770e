import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ingestDirectory, type ReaderProfile } from "../src";
import { splitSentences } from "../src/answer/split-sentences";
import { basicDocs } from "./fixture-tree";

const reader = (level: "none" | "beginner" | "advanced", answerStyle: "concise" | "detailed"): ReaderProfile => ({
  software: { level, languages: [], notes: "" },
  hardware: null,
  answerStyle,
});

/** Sentences of an extractive answer: each ends with its [n] marker. */
const sentences = (answer: string) => splitSentences(answer.replace(/ \[\d+\]/g, "\n"));

describe.each(testDrivers())("extractive answers shaped by a consenting reader's profile on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, basicDocs);
  });
  afterAll(() => database?.dispose());

  it("puts an introductory passage first for beginners, from beyond the top k when it matches every term", async () => {
    const anonymous = await answerQuestion(database.db, "notebook", { k: 2 });
    expect(anonymous.citations.map((citation) => citation.title)).toEqual(["Syncing notebooks", "Syncing notebooks"]);
    for (const level of ["none", "beginner"] as const) {
      const beginner = await answerQuestion(database.db, "notebook", { k: 2, reader: reader(level, "concise") });
      expect(beginner.citations.map((citation) => [citation.title, citation.heading])).toEqual([
        ["Getting started", "Create a notebook"],
        ["Syncing notebooks", "Syncing notebooks"],
      ]);
      expect(beginner.citations.map((citation) => citation.n)).toEqual([1, 2]);
      expect(beginner.answer).toMatch(/^The folder becomes a notebook.*\[1\]/);
    }
    const expert = await answerQuestion(database.db, "notebook", { k: 2, reader: reader("advanced", "concise") });
    expect(expert).toEqual(anonymous);
  });

  it("keeps concise answers to three sentences and lets detailed ones say more", async () => {
    const question = "notes sync devices";
    const concise = await answerQuestion(database.db, question, { reader: reader("advanced", "concise") });
    const detailed = await answerQuestion(database.db, question, { reader: reader("advanced", "detailed") });
    expect(sentences(concise.answer)).toHaveLength(3);
    expect(sentences(detailed.answer).length).toBeGreaterThan(3);
    expect(sentences(detailed.answer).length).toBeLessThanOrEqual(6);
    expect(concise).toEqual(await answerQuestion(database.db, question));
  });
});
