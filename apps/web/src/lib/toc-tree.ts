import type { TocEntry } from "./api-types";

export interface TocNode {
  entry: TocEntry;
  children: TocNode[];
}

/**
 * The page's headings as a tree, the way Docusaurus nests its table of contents: each heading goes
 * under the nearest heading before it of a lower level, so an h4 straight after an h2 is that h2's
 * child rather than a level of its own.
 */
export function tocTree(entries: readonly TocEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  const open: TocNode[] = [];
  for (const entry of entries) {
    const node: TocNode = { entry, children: [] };
    while (open.length > 0 && (open.at(-1)?.entry.depth ?? 0) >= entry.depth) open.pop();
    const parent = open.at(-1);
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    open.push(node);
  }
  return roots;
}
