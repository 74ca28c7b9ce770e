import { type RefObject, useId, useState } from "react";
import { usePageOutline } from "../../hooks/use-page-outline";
import type { TocEntry } from "../../lib/api-types";
import { TocList } from "./toc-list";

interface PageTocDisclosureProps {
  toc: readonly TocEntry[];
  article: RefObject<HTMLElement | null>;
}

/**
 * "On this page" above the article where there is no room beside it, folded until asked for, as
 * Docusaurus shows it on phones: a disclosure button, so it says whether it is open.
 */
export function PageTocDisclosure({ toc, article }: PageTocDisclosureProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { tree, active } = usePageOutline(toc, article);
  if (toc.length === 0) return null;
  return (
    <nav className="page-toc-disclosure" aria-label="On this page" data-testid="page-toc-disclosure">
      <button
        type="button"
        className="page-toc-disclosure-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((shown) => !shown)}
      >
        On this page
      </button>
      <div id={listId} className="page-toc" hidden={!open}>
        <TocList nodes={tree} active={active} />
      </div>
    </nav>
  );
}
