/** A paragraph-sized piece of a section: prose (body text) or the code a reader sees. */
export type Unit = { kind: "text" | "code"; text: string };

/**
 * Packs a section's text and code into pieces of about `maxChars`, splitting a
 * long unit at sentence (prose) or line (code) boundaries, and starting each
 * next piece with the last sentence(s) of the previous one (up to
 * `overlapChars`), so a thought cut in two is still findable from either side.
 */
export function packUnits(units: Unit[], maxChars: number, overlapChars: number): Unit[][] {
  const pieces: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units.flatMap((whole) => splitUnit(whole, maxChars))) {
    if (size > 0 && size + unit.text.length > maxChars) {
      pieces.push(current);
      const overlap = tailOf(current, overlapChars);
      current = overlap === undefined ? [] : [{ kind: "text", text: overlap }];
      size = overlap?.length ?? 0;
    }
    current.push(unit);
    size += unit.text.length;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

function splitUnit(unit: Unit, maxChars: number): Unit[] {
  if (unit.text.length <= maxChars) return [unit];
  const parts = unit.kind === "code" ? unit.text.split("\n") : unit.text.split(/(?<=[.!?])\s+(?=\S)/);
  const separator = unit.kind === "code" ? "\n" : " ";
  const result: Unit[] = [];
  let current = "";
  for (const part of parts.flatMap((whole) => hardSplit(whole, maxChars))) {
    if (current !== "" && current.length + separator.length + part.length > maxChars) {
      result.push({ kind: unit.kind, text: current });
      current = part;
    } else {
      current = current === "" ? part : `${current}${separator}${part}`;
    }
  }
  if (current !== "") result.push({ kind: unit.kind, text: current });
  return result;
}

function hardSplit(text: string, maxChars: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(" ", maxChars);
    const cut = space > maxChars / 2 ? space : maxChars;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts;
}

/** The last sentence(s) of a piece's prose, at most `maxChars` long, cut at a word boundary. */
function tailOf(piece: Unit[], maxChars: number): string | undefined {
  const lastText = piece.findLast((unit) => unit.kind === "text")?.text;
  if (lastText === undefined || maxChars <= 0) return undefined;
  const sentences = lastText.split(/(?<=[.!?])\s+(?=\S)/);
  let tail = "";
  for (let index = sentences.length - 1; index >= 0; index -= 1) {
    const candidate = tail === "" ? (sentences[index] ?? "") : `${sentences[index]} ${tail}`;
    if (candidate.length > maxChars) break;
    tail = candidate;
  }
  if (tail === "") {
    const slice = lastText.slice(-maxChars);
    const space = slice.indexOf(" ");
    tail = space === -1 ? slice : slice.slice(space + 1);
  }
  return tail === "" ? undefined : tail;
}
