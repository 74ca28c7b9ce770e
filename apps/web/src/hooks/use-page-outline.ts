import { type RefObject, useMemo } from "react";
import type { TocEntry } from "../lib/api-types";
import { type TocNode, tocTree } from "../lib/toc-tree";
import { useActiveHeading } from "./use-active-heading";

/** The page's outline as both contents show it: nested by depth, with the heading being read. */
export function usePageOutline(
  toc: readonly TocEntry[],
  article: RefObject<HTMLElement | null>,
): { tree: TocNode[]; active: string | undefined } {
  const active = useActiveHeading(
    article,
    toc.map((entry) => entry.id),
  );
  const tree = useMemo(() => tocTree(toc), [toc]);
  return { tree, active };
}
