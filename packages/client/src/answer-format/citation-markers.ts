export type AnswerPart = { kind: "text"; text: string } | { kind: "citation"; n: number };

// "[1]" or a group such as "[1, 3]" / "[1][2]" (the latter is two matches).
const MARKER = /\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]/g;

/**
 * An answer's text split at its `[n]` citation markers, keeping only numbers that have a
 * citation: a bracketed number in quoted documentation ("[0]") stays text.
 */
export function splitCitationMarkers(answer: string, known: ReadonlySet<number>): AnswerPart[] {
  const parts: AnswerPart[] = [];
  let last = 0;
  for (const match of answer.matchAll(MARKER)) {
    const numbers = (match[1] ?? "").split(",").map((value) => Number(value.trim()));
    if (!numbers.every((n) => known.has(n))) continue;
    if (match.index > last) parts.push({ kind: "text", text: answer.slice(last, match.index) });
    for (const n of numbers) parts.push({ kind: "citation", n });
    last = match.index + match[0].length;
  }
  if (last < answer.length) parts.push({ kind: "text", text: answer.slice(last) });
  return parts;
}
