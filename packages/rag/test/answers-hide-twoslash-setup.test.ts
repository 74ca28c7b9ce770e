import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ingestDirectory } from "../src";
import { locateTrpcCorpus } from "../src/eval/locate-corpus";
import { OWN_QUESTION_SETS, readQuestions } from "../src/eval/question-sets";

const corpus = locateTrpcCorpus(import.meta.dirname);
if (corpus.dir === undefined) {
  if (process.env.CI === "true") throw new Error(`CI needs the tRPC docs corpus: ${corpus.reason}.`);
  console.warn(`Skipping the hidden-code check on the tRPC answers: ${corpus.reason}.`);
}

/**
 * The code lines the tRPC book hides from its readers: lines above a twoslash
 * `// ---cut---` that no code the reader sees anywhere in the book also has
 * (an import hidden in one example is often shown in another). Only
 * distinctive lines (imports, declarations) count: a bare `}` is everywhere.
 */
function hiddenLines(dir: string): Set<string> {
  const above: string[] = [];
  const visible = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => /\.mdx?$/.test(file));
  for (const file of files) {
    for (const block of readFileSync(join(dir, file), "utf8").matchAll(/```[^\n]*\n([\s\S]*?)```/g)) {
      const parts = (block[1] ?? "").split(/^\s*\/\/\s*---cut(?:-before)?---\s*$/m);
      const shown = parts.length > 1 ? parts.slice(1) : parts;
      for (const line of shown.join("\n").split("\n")) visible.add(line.trim());
      if (parts.length > 1) above.push(...(parts[0] ?? "").split("\n").map((line) => line.trim()));
    }
  }
  return new Set(above.filter((line) => line.length >= 20 && !line.startsWith("//") && !visible.has(line)));
}

describe.skipIf(corpus.dir === undefined)("answers on the tRPC book (PGlite)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    if (corpus.dir !== undefined) await ingestDirectory(database.db, corpus.dir);
  }, 180_000);
  afterAll(() => database?.dispose());

  it("never quote code the reader does not see (twoslash setup above `// ---cut---`)", async () => {
    const hidden = hiddenLines(corpus.dir ?? "");
    expect(hidden.size).toBeGreaterThan(20);
    const leaks: string[] = [];
    let quotedCode = 0;
    for (const { question } of readQuestions(OWN_QUESTION_SETS.trpc)) {
      const { answer } = await answerQuestion(database.db, question);
      if (answer.includes("```")) quotedCode++;
      for (const line of answer.split("\n")) if (hidden.has(line.trim())) leaks.push(`${question}: ${line.trim()}`);
    }
    expect(leaks).toEqual([]);
    // The check means something only if answers do quote code.
    expect(quotedCode).toBeGreaterThan(10);
  }, 180_000);
});
