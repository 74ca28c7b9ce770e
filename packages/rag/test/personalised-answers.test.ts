import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ingestDirectory, type ReaderProfile } from "../src";
import { basicDocs } from "./fixture-tree";

const reader = (level: "none" | "beginner" | "advanced", answerStyle: "concise" | "detailed"): ReaderProfile => ({
  software: { level, languages: [], notes: "" },
  hardware: null,
  answerStyle,
});

describe.each(testDrivers())("extractive answers shaped by a consenting reader's profile on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, basicDocs);
  });
  afterAll(() => database?.dispose());

  it("leads with an introductory section for beginners, from beyond the top k when it matches every term", async () => {
    const anonymous = await answerQuestion(database.db, "notebook", { k: 2 });
    expect(anonymous.citations[0]?.title).toBe("Syncing notebooks");
    for (const level of ["none", "beginner"] as const) {
      const beginner = await answerQuestion(database.db, "notebook", { k: 2, reader: reader(level, "concise") });
      expect(beginner.citations[0]).toMatchObject({ n: 1, title: "Getting started", heading: "Create a notebook" });
      expect(beginner.answer).toMatch(/^Create a notebook — Getting started \[1\]\n\n.*The folder becomes a notebook/s);
    }
    const expert = await answerQuestion(database.db, "notebook", { k: 2, reader: reader("advanced", "concise") });
    expect(expert).toEqual(anonymous);
  });

  it("keeps a concise lead short and lets a detailed one say more", async () => {
    const question = "notes sync devices";
    const lead = (answer: string) => answer.split("\n\n")[1] ?? "";
    const concise = await answerQuestion(database.db, question, { reader: reader("advanced", "concise") });
    const detailed = await answerQuestion(database.db, question, { reader: reader("advanced", "detailed") });
    expect(lead(concise.answer).length).toBeLessThanOrEqual(600 + " [1]".length);
    expect(lead(detailed.answer).length).toBeGreaterThanOrEqual(lead(concise.answer).length);
    expect(lead(detailed.answer).length).toBeLessThanOrEqual(1200 + " [1]".length);
    expect(concise).toEqual(await answerQuestion(database.db, question));
  });
});
