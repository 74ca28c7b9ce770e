import type { RefObject } from "react";
import { usePageOutline } from "../../hooks/use-page-outline";
import type { TocEntry } from "../../lib/api-types";
import { TocList } from "./toc-list";

interface PageTocProps {
  /** Already cut to the page's `toc_min_heading_level`…`toc_max_heading_level` by the server. */
  toc: readonly TocEntry[];
  article: RefObject<HTMLElement | null>;
}

/** "On this page" beside the article: the page's headings, the one being read marked as it scrolls. */
export function PageToc({ toc, article }: PageTocProps) {
  const { tree, active } = usePageOutline(toc, article);
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
