import type { Element, ElementContent, Root as HastRoot, Properties } from "hast";
import { raw } from "hast-util-raw";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Code, Heading, Root, Table } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { defaultHandlers, type State, toHast } from "mdast-util-to-hast";
import { toString as plainText } from "mdast-util-to-string";
import type { TocEntry } from "../site/book-shapes";
import type { RenderedCodeBlock } from "./code";
import type { AdmonitionNode, TabsNode } from "./page-nodes";
import { articleSchema } from "./sanitise-schema";
import { type TocTreeNode, tocTree } from "./toc-tree";

export interface DocCard {
  href: string;
  label: string;
  description: string | null;
}

export interface RenderHtmlOptions {
  mode: "mdx" | "markdown";
  /** `<h1>` with it first, unless the page starts with its own h1 or hides its title. */
  title: string;
  hideTitle: boolean;
  /** Every heading of the page (for `<TOCInline>`). */
  headings: TocEntry[];
  /** The page's category's items (for `<DocCardList>`). */
  docCards: DocCard[];
  codeBlocks: ReadonlyMap<Code, RenderedCodeBlock | undefined>;
  ids: { next(): number };
}

/** The transformed tree as the article's sanitised HTML (see the contract's "Article HTML markup"). */
export function renderHtml(tree: Root, options: RenderHtmlOptions): string {
  const hast = toHast(tree, {
    allowDangerousHtml: options.mode === "markdown",
    handlers: {
      heading: (state: State, node: Heading) => heading(state, node),
      code: (_state: State, node: Code) => options.codeBlocks.get(node)?.element,
      table: (state: State, node: Table) =>
        h("div", { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: "Table" }, [
          defaultHandlers.table(state, node),
        ]),
      admonition: (state: State, node: AdmonitionNode) => admonition(state, node),
      tabs: (state: State, node: TabsNode) => tabs(state, node, options.ids.next()),
      tocInline: (_state: State, node: { minDepth: number; maxDepth: number }) => tocInline(options.headings, node),
      docCardList: () => docCardList(options.docCards),
      mdxJsxFlowElement: (state: State, node: MdxJsxFlowElement) => jsxElement(state, node),
      mdxJsxTextElement: (state: State, node: MdxJsxTextElement) => jsxElement(state, node),
    },
  });
  const root: HastRoot = hast.type === "root" ? hast : { type: "root", children: [hast] };
  const first = tree.children[0];
  if (!options.hideTitle && !(first?.type === "heading" && first.depth === 1))
    root.children.unshift(h("h1", options.title), { type: "text", value: "\n" });
  const parsed = options.mode === "markdown" ? raw(root) : root;
  return toHtml(sanitize(parsed, articleSchema));
}

export function articleForGeneratedIndex(title: string, description: string | null, cards: DocCard[]): string {
  const root: HastRoot = {
    type: "root",
    children: [h("h1", title), ...(description === null ? [] : [h("p", description)]), docCardList(cards)],
  };
  return toHtml(sanitize(root, articleSchema));
}

function heading(state: State, node: Heading): Element {
  const id = node.data?.pwHeadingId ?? "";
  const children = state.all(node);
  // The h1 is a link target (`[Title](#title)`) but, as in Docusaurus, has no hash link of its own.
  if (node.depth === 1) return h("h1", id === "" ? {} : { id }, children);
  const text = plainText(node);
  const anchor = h("a", { className: ["hash-link"], href: `#${id}`, ariaLabel: `Direct link to ${text}` });
  const element = h(`h${node.depth}`, { id }, [...children, anchor]);
  state.patch(node, element);
  return element;
}

function admonition(state: State, node: AdmonitionNode): Element {
  const kindLabel = node.kind.charAt(0).toUpperCase() + node.kind.slice(1);
  const [first, ...rest] = node.children;
  const titled = first?.type === "admonitionTitle" ? first : undefined;
  const title = titled === undefined ? kindLabel : plainText(titled);
  const heading: ElementContent[] = titled === undefined ? [{ type: "text", value: kindLabel }] : state.all(titled);
  const body = titled === undefined ? node : { ...node, children: rest };
  const styled = node.kind === "important" ? "info" : node.kind;
  return h(
    "div",
    {
      className: ["admonition", `admonition-${styled}`],
      role: "note",
      ariaLabel: title === kindLabel ? kindLabel : `${kindLabel}: ${title}`,
    },
    [
      h("p", { className: ["admonition-heading"] }, heading),
      h("div", { className: ["admonition-content"] }, state.all(body)),
    ],
  );
}

function tabs(state: State, node: TabsNode, n: number): Element {
  const used = new Set<string>();
  const keys = node.children.map((panel) => {
    const base = panel.value.replace(/[^\w-]+/g, "-") || "tab";
    let key = base;
    for (let suffix = 2; used.has(key); suffix += 1) key = `${base}-${suffix}`;
    used.add(key);
    return key;
  });
  const buttons = node.children.map((panel, index) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${n}-${keys[index]}`,
        ariaControls: `panel-${n}-${keys[index]}`,
        ariaSelected: panel.selected ? "true" : "false",
        tabIndex: panel.selected ? 0 : -1,
        dataValue: panel.value,
      },
      panel.label,
    ),
  );
  const panels = node.children.map((panel, index) =>
    h(
      "div",
      {
        role: "tabpanel",
        id: `panel-${n}-${keys[index]}`,
        ariaLabelledBy: `tab-${n}-${keys[index]}`,
        dataValue: panel.value,
        tabIndex: 0,
        hidden: !panel.selected,
      },
      state.all(panel),
    ),
  );
  const properties: Properties = { className: ["tabs"] };
  if (node.groupId !== undefined) properties.dataGroupId = node.groupId;
  if (node.queryString !== undefined) properties.dataQueryString = node.queryString;
  return h("div", properties, [h("div", { role: "tablist", className: ["tabs-list"] }, buttons), ...panels]);
}

function tocInline(headings: TocEntry[], levels: { minDepth: number; maxDepth: number }): Element {
  return h("nav", { className: ["toc-inline"], ariaLabel: "On this page" }, [tocList(tocTree(headings, levels))]);
}

function tocList(nodes: readonly TocTreeNode[]): Element {
  return h(
    "ul",
    nodes.map((node) =>
      h("li", [
        h("a", { href: `#${node.id}` }, node.text),
        ...(node.children.length > 0 ? [tocList(node.children)] : []),
      ]),
    ),
  );
}

function docCardList(cards: DocCard[]): Element {
  return h(
    "ul",
    { className: ["doc-cards"] },
    cards.map((card) =>
      h("li", [
        h("a", { href: card.href }, card.label),
        ...(card.description === null ? [] : [h("p", card.description)]),
      ]),
    ),
  );
}

const PHRASING_ONLY = new Set([
  "p",
  "span",
  "a",
  "summary",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "button",
  "em",
  "strong",
  "b",
  "i",
  "u",
  "code",
  "abbr",
  "small",
  "sup",
  "sub",
  "mark",
  "label",
  "figcaption",
  "kbd",
  "cite",
  "q",
  "s",
  "del",
  "ins",
]);

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent[] | Element {
  // MDX wraps the text of an element written on its own lines in a paragraph; a <p> or <summary> cannot hold one.
  const phrasingOnly = node.name !== null && PHRASING_ONLY.has(node.name);
  const children = state.all(node).flatMap((child) => {
    if (child.type !== "element" || child.tagName !== "p") return [child];
    if (phrasingOnly) return child.children;
    // `<summary>` on its own line inside `<details>` is read as a paragraph holding it.
    const elements = child.children.filter((inner) => inner.type !== "text" || inner.value.trim() !== "");
    const [only] = elements;
    return node.name === "details" && elements.length === 1 && only?.type === "element" && only.tagName === "summary"
      ? [only]
      : [child];
  });
  if (node.name === null) return children;
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === "string") properties[attribute.name] = attribute.value;
  }
  const element = h(node.name, properties, children);
  state.patch(node, element);
  return element;
}
