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
  /** The heading's phrasing; empty means the capitalised kind. */
  title: PhrasingContent[];
  children: RootContent[];
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
    /** From `<CodeBlock showLineNumbers>`. */
    pwShowLineNumbers?: boolean;
    /** Nodes inlined from a partial: the file their links are relative to, and its line offset. */
    pwOrigin?: { path: string; lineOffset: number };
  }
  interface RootContentMap {
    admonition: AdmonitionNode;
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
