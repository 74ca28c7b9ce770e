import type { Parent, RootContent } from "mdast";

/** A replacement for the node (re-visited, so nested components are transformed too), or undefined (or `[node]`) to keep it. */
export type Rewrite = (node: RootContent, parent: Parent) => RootContent[] | undefined;

/** Walks the tree depth-first, parents before children, replacing nodes as `rewrite` says. */
export function rewriteTree(parent: Parent, rewrite: Rewrite): void {
  let index = 0;
  while (index < parent.children.length) {
    const child = parent.children[index];
    if (child === undefined) break;
    const replacement = rewrite(child, parent);
    // Returning the node itself keeps it: only its children are visited.
    if (replacement === undefined || (replacement.length === 1 && replacement[0] === child)) {
      if ("children" in child) rewriteTree(child, rewrite);
      index += 1;
    } else {
      parent.children.splice(index, 1, ...replacement);
    }
  }
}
