import type { RefObject } from "react";
import { useActiveHeading } from "../../hooks/use-active-heading";
import type { TocEntry } from "../../lib/api-types";

interface PageTocProps {
  toc: readonly TocEntry[];
  article: RefObject<HTMLElement | null>;
}

/** "On this page": the page's h2/h3, the one being read marked as it scrolls. */
export function PageToc({ toc, article }: PageTocProps) {
  const entries = toc.filter((entry) => entry.depth <= 3);
  const active = useActiveHeading(
    article,
    entries.map((entry) => entry.id),
  );
  if (entries.length === 0) return null;
  return (
    <nav className="page-toc" aria-labelledby="pw-page-toc-heading" data-testid="page-toc">
      <h2 id="pw-page-toc-heading" className="page-toc-heading">
        On this page
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} className={`page-toc-depth-${entry.depth}`}>
            <a href={`#${entry.id}`} aria-current={entry.id === active ? "location" : undefined}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
