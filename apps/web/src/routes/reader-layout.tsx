import { Outlet } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { Sidebar } from "../components/reader/sidebar";
import { SidebarDrawer } from "../components/reader/sidebar-drawer";
import { RequestErrorNotice } from "../components/request-error-notice";
import { useDocSlug } from "../hooks/use-doc-slug";
import { useMediaQuery } from "../hooks/use-media-query";
import { sidebarFor } from "../lib/sidebar-paths";
import { trpc } from "../trpc";

// Up to 60rem the sidebar is a drawer; wider, it stands beside the page.
const PHONE = "(max-width: 60rem)";

/** The reader's frame: the book's sidebar (a drawer on phones), and the page being read. */
export function ReaderLayout() {
  const nav = trpc.docs.list.useQuery(undefined, { staleTime: 60_000 });
  const slug = useDocSlug();
  const phone = useMediaQuery(PHONE);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerButton = useRef<HTMLButtonElement>(null);

  // Choosing a page in the drawer closes it; focus then belongs to the new page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: close on every navigation
  useEffect(() => setDrawerOpen(false), [slug]);

  const closeDrawer = () => {
    setDrawerOpen(false);
    drawerButton.current?.focus();
  };

  const sidebarItems = (nav.data === undefined ? undefined : sidebarFor(nav.data, slug))?.items ?? [];
  const contents = nav.isPending ? (
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
  ) : sidebarItems.length === 0 ? (
    <p className="muted">The book has no pages yet.</p>
  ) : (
    <Sidebar items={sidebarItems} currentSlug={slug} />
  );

  return (
    <div className="reader wide-page">
      {phone ? (
        <>
          <div className="reader-bar">
            <button
              ref={drawerButton}
              type="button"
              className="reader-bar-button"
              aria-expanded={drawerOpen}
              aria-haspopup="dialog"
              onClick={() => setDrawerOpen(true)}
            >
              <span aria-hidden="true">☰</span> Contents
            </button>
          </div>
          <SidebarDrawer open={drawerOpen} onClose={closeDrawer}>
            <nav aria-label="Book">{contents}</nav>
          </SidebarDrawer>
        </>
      ) : (
        <nav className="reader-sidebar" aria-label="Book" data-sidebar-scroller data-testid="sidebar">
          {contents}
        </nav>
      )}
      <div className="reader-content">
        <Outlet />
      </div>
    </div>
  );
}
