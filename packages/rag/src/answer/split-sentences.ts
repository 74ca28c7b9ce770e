const LETTER = /\p{L}/u;
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“([]?[\p{Lu}\p{N}])/u;

/**
 * A passage's sentences, one at a time (a caller that needs the first few
 * reads no further). Lines are kept apart (list items and table rows end
 * without a full stop), and a full stop only ends a sentence before a capital,
 * digit or quote, so `e.g. this` and `t.procedure` stay whole.
 */
export function* sentencesOf(text: string): Generator<string> {
  for (const [line] of text.matchAll(/[^\n]+/g)) {
    for (const piece of line.split(SENTENCE_END)) {
      const sentence = piece.replace(/\s+/g, " ").trim();
      if (LETTER.test(sentence)) yield sentence;
    }
  }
}
