import { type RefObject, useId, useMemo, useState } from "react";
import { useActiveHeading } from "../../hooks/use-active-heading";
import type { TocEntry } from "../../lib/api-types";
import { tocTree } from "../../lib/toc-tree";
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
  const active = useActiveHeading(
    article,
    toc.map((entry) => entry.id),
  );
  const tree = useMemo(() => tocTree(toc), [toc]);
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
