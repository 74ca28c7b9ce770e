import { Outlet } from "@tanstack/react-router";
import { useState } from "react";
import { DocsNav } from "../components/reader/docs-nav";
import { RequestErrorNotice } from "../components/request-error-notice";
import { useDocSlug } from "../hooks/use-doc-slug";
import { trpc } from "../trpc";

// Wide screens show the contents beside the page; narrow ones start with it folded away.
const WIDE = "(min-width: 60rem)";

/** The reader's frame: the book's contents, and the page being read. */
export function ReaderLayout() {
  const nav = trpc.docs.list.useQuery(undefined, { staleTime: 60_000 });
  const slug = useDocSlug();
  const [navOpen] = useState(() => window.matchMedia(WIDE).matches);

  return (
    <div className="reader wide-page">
      <nav className="reader-nav" aria-label="Documentation">
        <details open={navOpen}>
          <summary>Contents</summary>
          {nav.isPending ? (
            <p className="muted" role="status">
              Loading the contents…
            </p>
          ) : nav.isError ? (
            <RequestErrorNotice
              what="Could not load the contents"
              error={nav.error}
              onRetry={() => void nav.refetch()}
              retrying={nav.isFetching}
            />
          ) : nav.data.length === 0 ? (
            <p className="muted">The book has no pages yet.</p>
          ) : (
            <DocsNav items={nav.data} currentSlug={slug} />
          )}
        </details>
      </nav>
      <div className="reader-content">
        <Outlet />
      </div>
    </div>
  );
}
