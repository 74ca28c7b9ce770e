import type { Element, ElementContent } from "hast";
import { proseLength } from "./block-text";
import { countChildren, cutNodes, keepFirst, mapElements, textContent } from "./hast-nodes";

/** A lead shows at most this many items of a list (each nested list too) and rows of a table's body. */
export const MAX_ITEMS = 8;
export const MAX_ROWS = 8;

/** A block as the lead shows it; `cut` when some of it was left out. */
export interface Trimmed {
  node: ElementContent;
  cut: boolean;
}

/** A sentence ends at `.`, `!` or `?` before a capital, digit or quote: split-sentences.ts's rule. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“([]?[\p{Lu}\p{N}])/gu;

/**
 * The block without what a lead never shows whole, whatever the budget: list
 * items past MAX_ITEMS, table rows past MAX_ROWS, code past `maxCodeLines`.
 */
export function capShapes(node: ElementContent, maxCodeLines: number): Trimmed {
  if (node.type !== "element") return { node, cut: false };
  let cut = false;
  const capped = mapElements(node, (element) => {
    let trimmed = element;
    if ((element.tagName === "ul" || element.tagName === "ol") && countChildren(element, "li") > MAX_ITEMS)
      trimmed = keepFirst(element, "li", MAX_ITEMS);
    else if (element.tagName === "tbody" && countChildren(element, "tr") > MAX_ROWS)
      trimmed = keepFirst(element, "tr", MAX_ROWS);
    else if (element.tagName === "pre") trimmed = trimCode(element, maxCodeLines);
    if (trimmed !== element) cut = true;
    return trimmed;
  });
  return { node: capped, cut };
}

/**
 * The first lines of a `<pre>`, cut between lines so every highlighting span
 * that is kept is kept whole: at most `maxLines`, stopping early at a blank
 * line in their second half (where the example's author paused).
 */
export function trimCode(pre: Element, maxLines: number): Element {
  const lines = textContent(pre).replace(/\n$/, "").split("\n");
  if (lines.length <= maxLines) return pre;
  const head = lines.slice(0, Math.max(1, maxLines));
  const blank = head.findLastIndex((line) => line.trim() === "");
  let keep = blank >= head.length / 2 ? blank : head.length;
  while (keep > 1 && head[keep - 1]?.trim() === "") keep -= 1;
  // Through the newline that ends the last kept line: the next line's span starts there and is left out whole.
  const end = head.slice(0, keep).join("\n").length + 1;
  return { ...pre, children: cutNodes(pre.children, end) };
}

/**
 * The block cut to about `maxChars` of prose, or undefined when nothing of it
 * fits: a paragraph at its last sentence that fits, a list or table after its
 * last item or row that fits. `mustShow` (the lead has nothing else yet, or
 * the block is the one a lead-in announced) keeps at least a sentence cut at
 * a word, one item or one row; any other block it keeps whole.
 */
export function fitToChars(node: ElementContent, maxChars: number, mustShow: boolean): Trimmed | undefined {
  if (node.type === "element") {
    if (node.tagName === "p") {
      const cut = cutProse(node, maxChars, mustShow);
      return cut === undefined ? undefined : { node: cut, cut: true };
    }
    if (node.tagName === "ul" || node.tagName === "ol") return fitList(node, maxChars, mustShow);
    const body = findElement(node, "tbody");
    if (body !== undefined) return fitTable(node, body, maxChars, mustShow);
  }
  return mustShow ? { node, cut: false } : undefined;
}

function cutProse(paragraph: Element, maxChars: number, atWord: boolean): Element | undefined {
  const text = textContent(paragraph);
  let end = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index > maxChars) break;
    end = match.index;
  }
  if (end > 0) return ellipsised(paragraph, end, " …");
  if (!atWord) return undefined;
  // As trim-text.ts's cutAtWord: at the last space, unless that loses more than half.
  const space = text.slice(0, maxChars).search(/\s\S*$/);
  return ellipsised(paragraph, space > maxChars / 2 ? space : maxChars - 1, "…");
}

function ellipsised(paragraph: Element, end: number, mark: string): Element {
  return { ...paragraph, children: [...cutNodes(paragraph.children, end), { type: "text", value: mark }] };
}

function fitList(list: Element, maxChars: number, mustShow: boolean): Trimmed | undefined {
  const items = list.children.filter((child) => child.type === "element" && child.tagName === "li");
  const count = fittingCount(items, maxChars, mustShow);
  if (count === 0) return undefined;
  return { node: keepFirst(list, "li", count), cut: count < items.length };
}

function fitTable(block: Element, body: Element, maxChars: number, mustShow: boolean): Trimmed | undefined {
  // The header row is always shown: rows without it would be unlabelled cells.
  const header = proseLength(block) - proseLength(body);
  const rows = body.children.filter((child) => child.type === "element" && child.tagName === "tr");
  const count = fittingCount(rows, maxChars - header, mustShow);
  if (count === 0) return undefined;
  const node = mapElements(block, (element) =>
    element.tagName === "tbody" ? keepFirst(element, "tr", count) : element,
  );
  return { node, cut: count < rows.length };
}

/** How many of the first `parts` fit in `maxChars` (at least one when `mustShow`). */
function fittingCount(parts: readonly ElementContent[], maxChars: number, mustShow: boolean): number {
  let used = 0;
  let count = 0;
  for (const part of parts) {
    used += proseLength(part);
    if (used > maxChars) break;
    count += 1;
  }
  return mustShow ? Math.max(count, Math.min(1, parts.length)) : count;
}

function findElement(node: Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found !== undefined) return found;
  }
  return undefined;
}
