const LETTER = /\p{L}/u;

/**
 * A passage's sentences. Lines are kept apart (list items and table rows end
 * without a full stop), and a full stop only ends a sentence before a capital,
 * digit or quote, so `e.g. this` and `t.procedure` stay whole.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=["'“([]?[\p{Lu}\p{N}])/u))
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => LETTER.test(sentence));
}
