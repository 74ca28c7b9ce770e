import type { Element, ElementContent } from "hast";

/** h1–h6 → 1–6; anything else → undefined. */
export function headingLevel(node: ElementContent): number | undefined {
  if (node.type !== "element") return undefined;
  const match = /^h([1-6])$/.exec(node.tagName);
  return match === null ? undefined : Number(match[1]);
}

export function isHeading(node: ElementContent): boolean {
  return headingLevel(node) !== undefined;
}

export function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/** A code block as the article renders it (code-figure.ts), or a raw `<pre>` from a Markdown page's HTML. */
export function isCode(node: ElementContent): boolean {
  return (
    node.type === "element" && ((node.tagName === "figure" && hasClass(node, "code-block")) || node.tagName === "pre")
  );
}

/**
 * Every character of the node's text, as the DOM's textContent: the offsets
 * cutNodes cuts at, so what is measured and what is kept agree.
 */
export function textContent(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  return node.children.map(textContent).join("");
}

/**
 * `nodes` cut after `limit` characters of their text, the elements around the
 * cut kept (so the tree stays well-formed). MathML is never split: a formula
 * that does not fit whole is left out.
 */
export function cutNodes(nodes: readonly ElementContent[], limit: number): ElementContent[] {
  const kept: ElementContent[] = [];
  let offset = 0;
  for (const node of nodes) {
    if (offset >= limit) break;
    const length = textContent(node).length;
    if (offset + length <= limit) {
      kept.push(node);
      offset += length;
      continue;
    }
    if (node.type === "text") kept.push({ ...node, value: node.value.slice(0, limit - offset) });
    else if (node.type === "element" && node.tagName !== "math")
      kept.push({ ...node, children: cutNodes(node.children, limit - offset) });
    break;
  }
  return kept;
}

/** A copy of `node` with every descendant element (and itself) passed through `change`, innermost first. */
export function mapElements(node: Element, change: (element: Element) => Element): Element {
  const children = node.children.map((child) => (child.type === "element" ? mapElements(child, change) : child));
  return change({ ...node, children });
}

/**
 * `parent` with only its first `count` `tag` children (and the whitespace
 * between them): the first rows of a table body, the first items of a list.
 */
export function keepFirst(parent: Element, tag: string, count: number): Element {
  let seen = 0;
  const children = parent.children.filter((child) => {
    if (child.type === "element" && child.tagName === tag) seen += 1;
    return seen <= count;
  });
  return { ...parent, children };
}

export function countChildren(parent: Element, tag: string): number {
  return parent.children.filter((child) => child.type === "element" && child.tagName === tag).length;
}
