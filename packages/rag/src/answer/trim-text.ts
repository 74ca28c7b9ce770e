import { sentencesOf } from "@pagewise/book";

/**
 * The opening paragraphs of `text` that fit in `maxChars`; when even the first
 * does not, its opening sentences that do (at least one, cut at a word if it
 * is that long on its own). A reader gets whole thoughts, never half a word.
 */
export function openingParagraphs(text: string, maxChars: number): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  const kept: string[] = [];
  let size = 0;
  for (const paragraph of paragraphs) {
    if (size + paragraph.length > maxChars) {
      if (kept.length === 0) kept.push(openingSentences(paragraph, maxChars));
      break;
    }
    kept.push(paragraph);
    size += paragraph.length + 2;
  }
  return kept.join("\n\n");
}

/** The first sentences of `text` within `maxChars` (at least the first, cut at a word). */
export function openingSentences(text: string, maxChars: number): string {
  let result = "";
  let first: string | undefined;
  for (const sentence of sentencesOf(text)) {
    first ??= sentence;
    const next = result === "" ? sentence : `${result} ${sentence}`;
    if (next.length > maxChars) break;
    result = next;
  }
  return result !== "" ? result : cutAtWord(first ?? text, maxChars);
}

/** The text before the first blank line. */
export function beforeBlankLine(text: string): string {
  const end = text.search(/\n{2,}/);
  return end < 0 ? text : text.slice(0, end);
}

/** `text` cut to at most `maxChars` at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const space = flat.lastIndexOf(" ", maxChars - 1);
  return `${flat.slice(0, space > maxChars / 2 ? space : maxChars - 1)}…`;
}

/**
 * The first lines of a section's code, at most `maxLines`: cut at a blank line
 * (between two blocks or two steps) when one is in the second half, so the
 * example stops where its author paused.
 */
export function openingCode(code: string, maxLines: number): string {
  const lines = code.trim().split("\n");
  if (lines.length <= maxLines) return lines.join("\n");
  const head = lines.slice(0, maxLines);
  const blank = head.findLastIndex((line) => line.trim() === "");
  return `${(blank >= maxLines / 2 ? head.slice(0, blank) : head).join("\n").trimEnd()}\n…`;
}
