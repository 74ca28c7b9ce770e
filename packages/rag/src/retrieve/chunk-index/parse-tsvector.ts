/** Where in a chunk a lexeme occurs, by the weight letter `chunk.search` gives each part (migration 0003-rag). */
export const FIELDS = ["title", "headings", "body", "code"] as const;

/** The field a weight letter stands for; D (code) is the default and is not printed. */
function fieldOfWeight(letter: string | undefined): number | undefined {
  if (letter === "A") return 0;
  if (letter === "B") return 1;
  if (letter === "C") return 2;
  if (letter === "D") return 3;
  return undefined;
}

export interface TsvectorLexeme {
  lexeme: string;
  /** The field of each occurrence, an index into FIELDS (where in the chunk matters to ranking; the position does not). */
  fields: number[];
}

/**
 * Reads a tsvector's text form (`'lexem':1A,5 'other''s':3B`): each lexeme in
 * single quotes (a quote inside doubled, a backslash escaped), then its
 * positions, each with its weight letter (D, the default, is not printed);
 * the positions are read past, the letters kept.
 * Reading Postgres's own output keeps the in-memory index's words exactly
 * the database's: same parser, same stemmer, same stop-words.
 */
export function parseTsvector(text: string): TsvectorLexeme[] {
  const lexemes: TsvectorLexeme[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === " ") {
      i++;
      continue;
    }
    if (text[i] !== "'") throw new Error(`Unexpected tsvector text at ${i}: ${text.slice(i, i + 20)}`);
    i++;
    let lexeme = "";
    for (;;) {
      const char = text[i];
      if (char === undefined) throw new Error("Unterminated lexeme in tsvector text");
      if (char === "\\") {
        lexeme += text[i + 1] ?? "";
        i += 2;
      } else if (char === "'" && text[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (char === "'") {
        i++;
        break;
      } else {
        lexeme += char;
        i++;
      }
    }
    const fields: number[] = [];
    if (text[i] === ":") {
      i++;
      for (;;) {
        while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        const field = fieldOfWeight(text[i]);
        if (field !== undefined) i++;
        fields.push(field ?? 3);
        if (text[i] !== ",") break;
        i++;
      }
    }
    lexemes.push({ lexeme, fields });
  }
  return lexemes;
}
