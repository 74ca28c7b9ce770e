import type { TocEntry } from "../site/book-shapes";

export interface TocTreeNode extends TocEntry {
  children: TocTreeNode[];
}

/**
 * The page's headings as Docusaurus's `<TOCInline>` lists them (theme-common's `treeifyTOC` then
 * `filterTOC`): each heading under the latest one before it of a lower depth, then the headings
 * outside `minDepth`–`maxDepth` taken out, their children in range moved up into their place, so an
 * h4 under a dropped h3 still shows, under the h2.
 */
export function tocTree(headings: readonly TocEntry[], levels: { minDepth: number; maxDepth: number }): TocTreeNode[] {
  return inRange(nested(headings), levels);
}

function nested(headings: readonly TocEntry[]): TocTreeNode[] {
  const roots: TocTreeNode[] = [];
  // The latest node seen at each depth; a heading's parent is the latest of all those above its depth.
  const latestAt: Array<{ node: TocTreeNode; index: number } | undefined> = [];
  headings.forEach((heading, index) => {
    const node: TocTreeNode = { ...heading, children: [] };
    let parent: { node: TocTreeNode; index: number } | undefined;
    for (let depth = 2; depth < heading.depth; depth += 1) {
      const candidate = latestAt[depth];
      if (candidate !== undefined && (parent === undefined || candidate.index > parent.index)) parent = candidate;
    }
    (parent === undefined ? roots : parent.node.children).push(node);
    latestAt[heading.depth] = { node, index };
  });
  return roots;
}

function inRange(nodes: readonly TocTreeNode[], levels: { minDepth: number; maxDepth: number }): TocTreeNode[] {
  return nodes.flatMap((node) => {
    const children = inRange(node.children, levels);
    return node.depth >= levels.minDepth && node.depth <= levels.maxDepth ? [{ ...node, children }] : children;
  });
}
