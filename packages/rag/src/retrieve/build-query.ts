/** Words that read as operators in search syntax; stop-words for the index anyway, so never terms. */
const OPERATOR_WORDS = new Set(["or", "and", "not"]);
const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 64;

/**
 * The words of a question, as plain search terms. Everything that is not a
 * letter or digit separates words: that drops any query syntax a user types
 * (`a & | !(`, quotes, SQL), and splits `@trpc/server` or `trpc.useUtils`, which
 * Postgres's english parser would keep whole as a "file" or "host" token that
 * matches nothing (the index splits them the same way, see migration 0003-rag).
 */
export function queryTerms(input: string): string[] {
  const words =
    input
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    if (OPERATOR_WORDS.has(word) || word.length > MAX_TERM_LENGTH || terms.includes(word)) continue;
    terms.push(word);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}
