import { type RefObject, useMemo } from "react";
import { useActiveHeading } from "../../hooks/use-active-heading";
import type { TocEntry } from "../../lib/api-types";
import { tocTree } from "../../lib/toc-tree";
import { TocList } from "./toc-list";

interface PageTocProps {
  /** Already cut to the page's `toc_min_heading_level`…`toc_max_heading_level` by the server. */
  toc: readonly TocEntry[];
  article: RefObject<HTMLElement | null>;
}

/** "On this page" beside the article: the page's headings, the one being read marked as it scrolls. */
export function PageToc({ toc, article }: PageTocProps) {
  const active = useActiveHeading(
    article,
    toc.map((entry) => entry.id),
  );
  const tree = useMemo(() => tocTree(toc), [toc]);
  if (toc.length === 0) return null;
  return (
    <nav className="page-toc" aria-labelledby="pw-page-toc-heading" data-testid="page-toc">
      <h2 id="pw-page-toc-heading" className="page-toc-heading">
        On this page
      </h2>
      <TocList nodes={tree} active={active} />
    </nav>
  );
}
