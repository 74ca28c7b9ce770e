import type { Element, ElementContent } from "hast";
import { isCode, isHeading, textContent } from "./hast-nodes";

/** Elements that sit inside a line of text; any other element starts a block of its own. */
const PHRASING = new Set([
  "a",
  "abbr",
  "b",
  "br",
  "cite",
  "code",
  "del",
  "em",
  "i",
  "img",
  "input",
  "kbd",
  "mark",
  "math",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
]);

/** How blocks inside these are set apart in the plain text: table rows and list item parts one a line. */
const LINE_SEPARATED = new Set(["table", "thead", "tbody", "tfoot", "li"]);

/**
 * The characters of prose a block shows, whitespace collapsed: code counts by
 * lines instead (codeLineCount), and a formula's TeX source is not shown.
 */
export function proseLength(node: ElementContent): number {
  return proseText(node).replace(/\s+/g, " ").trim().length;
}

function proseText(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" || isCode(node) || node.tagName === "annotation" || node.properties.hidden === true)
    return "";
  return node.children.map(proseText).join("");
}

/** Lines of code in the block: its code figures' and `<pre>`s'. */
export function codeLineCount(node: ElementContent): number {
  if (node.type !== "element") return 0;
  if (isCode(node)) return lineCount(textContent(preOf(node) ?? node));
  return node.children.reduce((sum, child) => sum + codeLineCount(child), 0);
}

export function lineCount(code: string): number {
  return code.replace(/\n$/, "").split("\n").length;
}

/** The `<pre>` of a code figure, or the `<pre>` itself. */
export function preOf(node: Element): Element | undefined {
  if (node.tagName === "pre") return node;
  return node.children.find((child): child is Element => child.type === "element" && child.tagName === "pre");
}

/**
 * Prose that announces what follows ("Add this to your config:"): quoting it
 * without the code, list or table it introduces would leave the reader hanging.
 */
export function isLeadIn(node: ElementContent): boolean {
  if (node.type === "element" && (isHeading(node) || codeLineCount(node) > 0 || node.tagName === "table")) return false;
  return /[:：]$/.test(proseText(node).trim());
}

/**
 * The blocks as plain text, lightly Markdown-shaped for a language model and
 * the text answer: list markers, table rows as `a | b`, code fenced.
 */
export function plainText(blocks: readonly ElementContent[]): string {
  return flowText(blocks, "\n\n");
}

/** Runs of inline content become lines; blocks are set apart by `separator`. */
function flowText(nodes: readonly ElementContent[], separator: string): string {
  const parts: string[] = [];
  let line = "";
  const flush = () => {
    const text = tidy(line);
    if (text !== "") parts.push(text);
    line = "";
  };
  for (const node of nodes) {
    if (node.type === "element" && !PHRASING.has(node.tagName)) {
      flush();
      const text = blockText(node);
      if (text !== "") parts.push(text);
    } else {
      line += inlineText(node);
    }
  }
  flush();
  return parts.join(separator);
}

function blockText(node: Element): string {
  if (node.properties.hidden === true) return "";
  if (isCode(node)) return codeText(node);
  if (node.tagName === "ul" || node.tagName === "ol") return listText(node);
  if (node.tagName === "tr")
    return node.children
      .filter((cell): cell is Element => cell.type === "element")
      .map((cell) => flowText(cell.children, " "))
      .join(" | ");
  return flowText(node.children, LINE_SEPARATED.has(node.tagName) ? "\n" : "\n\n");
}

function inlineText(node: ElementContent): string {
  if (node.type === "text") return node.value.replace(/\s+/g, " ");
  if (node.type !== "element" || node.properties.hidden === true) return "";
  if (node.tagName === "br") return "\n";
  if (node.tagName === "img") return typeof node.properties.alt === "string" ? node.properties.alt : "";
  // A formula's TeX source reads better as text than its MathML's scattered glyphs.
  if (node.tagName === "math") return texOf(node) ?? textContent(node);
  return node.children.map(inlineText).join("");
}

function texOf(node: Element): string | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "annotation") return textContent(child);
    const found = texOf(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Spaces collapsed and trimmed on every line (a `<br>` is the only line break inside a paragraph). */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/ +/g, " ").trim())
    .join("\n")
    .trim();
}

function listText(list: Element): string {
  const start = list.tagName === "ol" ? Number(list.properties.start ?? 1) : undefined;
  const items = list.children.filter((child): child is Element => child.type === "element" && child.tagName === "li");
  return items
    .map((item, index) => {
      const marker = start === undefined ? "- " : `${start + index}. `;
      return marker + flowText(item.children, "\n").replaceAll("\n", `\n${" ".repeat(marker.length)}`);
    })
    .join("\n");
}

/** A fenced block (with the figure's language and title) whose fence no run of backticks in the code can close. */
function codeText(node: Element): string {
  const code = textContent(preOf(node) ?? node).replace(/\n$/, "");
  const language = typeof node.properties.dataLanguage === "string" ? node.properties.dataLanguage : "";
  const caption = node.children.find((child) => child.type === "element" && child.tagName === "figcaption");
  const title = caption === undefined ? "" : textContent(caption).trim();
  const info = title === "" ? language : `${language} title=${JSON.stringify(title)}`;
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${code}\n${fence}`;
}
