import type { Node, Parent, PhrasingContent, RootContent } from "mdast";
import type {} from "mdast-util-directive";
import type {} from "mdast-util-math";
import type {} from "mdast-util-mdx";

/**
 * The nodes the transforms turn Docusaurus components and directives into.
 * They are mdast nodes, so the one transformed tree feeds both the HTML
 * renderer (a handler each) and the retrieval sections (their text is body text).
 */
export type AdmonitionKind = "note" | "tip" | "info" | "warning" | "danger" | "caution" | "important";

export interface AdmonitionNode extends Parent {
  type: "admonition";
  kind: AdmonitionKind;
  /** The heading first, when it has one (else the capitalised kind heads it), then the body. */
  children: (AdmonitionTitleNode | RootContent)[];
}

/**
 * An admonition's heading (`:::tip[Title]`, `<Admonition title>`): a child like the body, so
 * every walk of the tree (transforms, link resolution, sections) reaches its phrasing too.
 */
export interface AdmonitionTitleNode extends Parent {
  type: "admonitionTitle";
  children: PhrasingContent[];
}

export interface TabPanelNode extends Parent {
  type: "tabPanel";
  value: string;
  label: string;
  selected: boolean;
  children: RootContent[];
}

export interface TabsNode extends Parent {
  type: "tabs";
  groupId: string | undefined;
  /** The search param that selects a tab (`<Tabs queryString>`), for the SPA. */
  queryString: string | undefined;
  children: TabPanelNode[];
}

export interface TocInlineNode extends Node {
  type: "tocInline";
  minDepth: number;
  maxDepth: number;
}

export interface DocCardListNode extends Node {
  type: "docCardList";
}

declare module "mdast" {
  interface Data {
    /** The heading's id (`{#custom-id}` or slugged), set by the heading-ids transform. */
    pwHeadingId?: string;
    /** From `<CodeBlock title>`. */
    pwCodeTitle?: string;
    /** From `<CodeBlock showLineNumbers>` or `showLineNumbers={N}`. */
    pwShowLineNumbers?: boolean | number;
    /** Nodes inlined from a partial: the file their links are relative to, and its line offset. */
    pwOrigin?: { path: string; lineOffset: number };
  }
  interface RootContentMap {
    admonition: AdmonitionNode;
    admonitionTitle: AdmonitionTitleNode;
    tabs: TabsNode;
    tabPanel: TabPanelNode;
    tocInline: TocInlineNode;
    docCardList: DocCardListNode;
  }
  interface BlockContentMap {
    admonition: AdmonitionNode;
    tabs: TabsNode;
    tocInline: TocInlineNode;
    docCardList: DocCardListNode;
  }
}
