const LETTER = /\p{L}/u;
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“([]?[\p{Lu}\p{N}])/gu;

/**
 * A passage's sentences, one at a time (a caller that needs the first few
 * reads no further). Lines are kept apart (list items and table rows end
 * without a full stop), and a full stop only ends a sentence before a capital,
 * digit or quote, so `e.g. this` and `t.procedure` stay whole.
 */
export function* sentencesOf(text: string): Generator<string> {
  for (const [line] of text.matchAll(/[^\n]+/g)) {
    // Found one end at a time, not split all at once: a long paragraph is read only as far as needed.
    let start = 0;
    for (const end of line.matchAll(SENTENCE_END)) {
      const sentence = asSentence(line.slice(start, end.index));
      if (sentence !== undefined) yield sentence;
      start = end.index + end[0].length;
    }
    const last = asSentence(line.slice(start));
    if (last !== undefined) yield last;
  }
}

/** A piece of a line with its whitespace made single spaces, when it holds a letter at all. */
function asSentence(piece: string): string | undefined {
  const sentence = piece.replace(/\s+/g, " ").trim();
  return LETTER.test(sentence) ? sentence : undefined;
}
