/**
 * Markdown inline syntax reduced to the words a reader sees, for the search
 * index and for snippets (which are shown as text). Block structure is kept as
 * line breaks; the reader-facing Markdown is stored separately.
 */
export function markdownToPlainText(markdown: string): string {
  const lines: string[] = [];
  let joinable = false;
  for (const raw of markdown.split("\n")) {
    const line = plainLine(raw)?.trim();
    if (line === undefined) continue;
    // A paragraph wrapped over several source lines is one run of text; list items and rows stay apart.
    const structural = /^\s*(?:[-*+]\s|\d+[.)]\s|\||>|\*\*[^*]+:)/.test(raw);
    if (joinable && !structural && line !== "" && lines.length > 0) lines[lines.length - 1] += ` ${line}`;
    else lines.push(line);
    joinable = line !== "" && !/^\s*\|/.test(raw);
  }
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function plainLine(line: string): string | undefined {
  // Reference definitions and table separator rows carry no words.
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return undefined;
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return undefined;
  return markdownInlineToText(
    line
      .replace(/^\s*(?:>\s?)+/, "")
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, "")
      .replace(/^\s*\|/, "")
      .replace(/\|\s*$/, "")
      .replace(/\s*\|\s*/g, " · "),
  );
}

/** Inline Markdown (links, images, emphasis, code spans, entities) as plain text. */
export function markdownInlineToText(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/(`+)\s?((?:(?!\1)[\s\S])+?)\s?\1/g, "$2")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, "$1")
    .trimEnd();
}
