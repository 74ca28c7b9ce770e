export interface SnippetPart {
  text: string;
  marked: boolean;
}

const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/**
 * A search snippet split at its `<mark>` highlights. The server's snippets are plain text with
 * only those tags added, so everything else (a literal `<b>` in the docs included) stays text:
 * the parts are rendered as React text nodes, never as HTML.
 */
export function splitMarkedSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of snippet.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), marked: false });
    const inner = match[1] ?? "";
    if (inner !== "") parts.push({ text: inner, marked: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), marked: false });
  return parts;
}
