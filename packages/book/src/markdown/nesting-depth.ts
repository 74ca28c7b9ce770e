/**
 * How deep a page's structure nests, estimated from its source before any
 * parser sees it: block containers on one line (`> > - 1. x`, indentation
 * included), and across the page JSX/HTML elements and MDX expression braces.
 * The Markdown and MDX parsers recurse once or more per level, so a page of
 * nothing but `>` or `<div>` overflows the stack (or takes minutes); such a
 * page is refused by this count instead. Fenced code is not counted: JSON
 * nests as deep as it likes there. An estimate errs high (an unclosed `<p>`
 * counts), which is why the limit is far above what any real page uses.
 */
export function deepestNesting(source: string): number {
  let deepest = 0;
  // Open elements by name: a closing tag closes its own, and whatever was left open inside it.
  const elements: string[] = [];
  let braces = 0;
  let fence: string | undefined;
  for (const line of source.split("\n")) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    deepest = Math.max(deepest, containersOn(line));
    const text = line.replace(CODE_SPAN, "");
    for (const [tag, closing, name = ""] of text.matchAll(TAG)) {
      if (closing) {
        const open = elements.lastIndexOf(name);
        if (open !== -1) elements.length = open;
      } else if (!tag.endsWith("/>") && !VOID_ELEMENTS.has(name.toLowerCase())) elements.push(name);
      deepest = Math.max(deepest, elements.length);
    }
    for (const char of text) {
      if (char === "{") braces++;
      else if (char === "}") braces = Math.max(0, braces - 1);
      deepest = Math.max(deepest, braces);
    }
  }
  return deepest;
}

const TAG = /<(\/)?([A-Za-z][\w.:-]*)(?:\s[^<>]*)?\/?>/g;
const CODE_SPAN = /`+[^`]*`+/g;
// HTML elements that never hold others, so never close.
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * Block containers opened at the start of one line: quotes and list items, plus the line's
 * indentation before them (a list nested over several lines indents each level further).
 */
function containersOn(line: string): number {
  let depth = 0;
  let indent = 0;
  let at = 0;
  while (at < line.length) {
    const char = line[at];
    if (char === " " || char === "\t") {
      if (depth === 0) indent += char === "\t" ? 4 : 1;
      at++;
      continue;
    }
    if (char === ">") {
      depth++;
      at++;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=\s|$)/.exec(line.slice(at, at + 11))?.[0];
    if (marker === undefined) break;
    depth++;
    at += marker.length;
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}
