/**
 * Endings that differ between British and American spelling ("initialise" /
 * "initialize", "colour" / "color", "catalogue" / "catalog", "licence" /
 * "license", "cancelled" / "canceled"), each way round. Postgres's english
 * stemmer joins neither, so a reader who spells the other way finds nothing.
 */
const SPELLING_ENDINGS: readonly (readonly [string, string])[] = [
  ["isation", "ization"],
  ["ise", "ize"],
  ["ised", "ized"],
  ["ises", "izes"],
  ["ising", "izing"],
  ["yse", "yze"],
  ["ysed", "yzed"],
  ["ysing", "yzing"],
  ["our", "or"],
  ["ours", "ors"],
  ["tre", "ter"],
  ["tres", "ters"],
  ["ogue", "og"],
  ["ogues", "ogs"],
  ["ence", "ense"],
  ["lled", "led"],
  ["lling", "ling"],
];

/** Comparative and superlative endings the stemmer keeps ("slower" stays "slower"), longest first. */
const DEGREE_ENDINGS = ["est", "er"];
/** Shorter words are too often not comparatives at all ("user", "test"). */
const MIN_DEGREE_LENGTH = 6;

/**
 * Other forms of a word that the book may use instead: the other spelling
 * of its ending, and for a comparative or superlative the plain adjective
 * ("slower" → "slow", "bigger" → "big"). Only ever tried for a word the book
 * does not contain, so a variant that is not a word costs one lookup and
 * nothing else.
 */
export function spellingVariants(word: string): string[] {
  const variants = new Set<string>();
  for (const [british, american] of SPELLING_ENDINGS) {
    if (word.endsWith(british)) variants.add(word.slice(0, -british.length) + american);
    if (word.endsWith(american)) variants.add(word.slice(0, -american.length) + british);
  }
  if (word.length >= MIN_DEGREE_LENGTH) {
    for (const ending of DEGREE_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const base = word.slice(0, -ending.length);
      variants.add(base);
      // "bigger" → "big", "hotter" → "hot"
      if (base.length > 2 && base.at(-1) === base.at(-2)) variants.add(base.slice(0, -1));
      break;
    }
  }
  variants.delete(word);
  return [...variants];
}
