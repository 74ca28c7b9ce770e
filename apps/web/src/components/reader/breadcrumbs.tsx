import type { DocumentPage } from "../../lib/api-types";
import { DocLink } from "../doc-link";

/** Where the page sits in the book: its categories, outermost first, then the page itself. */
export function Breadcrumbs({ page }: { page: DocumentPage }) {
  if (page.breadcrumbs.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumbs">
      <ol>
        {page.breadcrumbs.map((crumb) => (
          <li key={`${crumb.label}:${crumb.slug}`}>
            {crumb.slug === null ? (
              <span>{crumb.label}</span>
            ) : (
              <DocLink slug={crumb.slug} anchor="">
                {crumb.label}
              </DocLink>
            )}
          </li>
        ))}
        <li>
          <span aria-current="page">{page.title}</span>
        </li>
      </ol>
    </nav>
  );
}
