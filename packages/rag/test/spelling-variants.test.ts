import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory, searchChunks } from "../src";
import { spellingVariants } from "../src/retrieve/spelling-variants";

describe("spellingVariants", () => {
  it.each([
    ["initialise", "initialize"],
    ["initialize", "initialise"],
    ["colour", "color"],
    ["catalogue", "catalog"],
    ["licence", "license"],
    ["cancelled", "canceled"],
    ["analyse", "analyze"],
    ["slower", "slow"],
    ["bigger", "big"],
    ["fastest", "fast"],
  ])("offers %s → %s", (word, variant) => {
    expect(spellingVariants(word)).toContain(variant);
  });

  it("leaves words with no such ending alone, and never returns the word itself", () => {
    expect(spellingVariants("query")).toEqual([]);
    expect(spellingVariants("user")).toEqual([]);
    expect(spellingVariants("colour")).not.toContain("colour");
  });
});

describe.each(testDrivers())("a question in the other spelling on %s", (driver) => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pagewise-spelling-"));
    await mkdir(join(dir, "guides"));
    await writeFile(
      join(dir, "guides", "store.md"),
      "# The store\n\n## Initialize the store\n\nCall createStore once to initialize the store before the first render.\n\n## Colors\n\nThe color of each badge follows the theme.\n",
    );
    await writeFile(join(dir, "intro.md"), "# Introduction\n\nThis book explains the store and its badges.\n");
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, dir);
  });
  afterAll(async () => {
    await database?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it("finds the American spelling from the British one, and back", async () => {
    const [initialise] = await searchChunks(database.db, "How do I initialise it?");
    expect(initialise?.anchor).toBe("initialize-the-store");
    const [colour] = await searchChunks(database.db, "Which colour does a badge get?");
    expect(colour?.anchor).toBe("colors");
  });
});
