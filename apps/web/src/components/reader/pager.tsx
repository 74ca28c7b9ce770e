import type { DocumentPage } from "../../lib/api-types";
import { DocLink } from "../doc-link";

/** Previous and next pages, in sidebar order. */
export function Pager({ page }: { page: DocumentPage }) {
  if (page.previous === null && page.next === null) return null;
  return (
    <nav className="pager" aria-label="Previous and next pages">
      {page.previous !== null && (
        <DocLink slug={page.previous.slug} anchor="" className="pager-link pager-previous" rel="prev">
          <span className="pager-direction">Previous</span>
          <span className="pager-label">{page.previous.label}</span>
        </DocLink>
      )}
      {page.next !== null && (
        <DocLink slug={page.next.slug} anchor="" className="pager-link pager-next" rel="next">
          <span className="pager-direction">Next</span>
          <span className="pager-label">{page.next.label}</span>
        </DocLink>
      )}
    </nav>
  );
}
