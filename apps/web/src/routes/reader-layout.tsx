import { Outlet } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { Sidebar } from "../components/reader/sidebar";
import { SidebarDrawer } from "../components/reader/sidebar-drawer";
import { VersionMenu } from "../components/reader/version-menu";
import { RequestErrorNotice } from "../components/request-error-notice";
import { useDocSlug } from "../hooks/use-doc-slug";
import { useMediaQuery } from "../hooks/use-media-query";
import { useReadingVersion } from "../hooks/use-reading-version";
import { rememberReadingVersion } from "../lib/reading-version";
import { sidebarFor } from "../lib/sidebar-paths";
import { trpc } from "../trpc";

// Up to 60rem the sidebar is a drawer; wider, it stands beside the page.
const PHONE = "(max-width: 60rem)";

/** The reader's frame: the sidebar of the version being read (a drawer on phones), its version menu, and the page. */
export function ReaderLayout() {
  const slug = useDocSlug();
  // The version is the URL's (its path prefixes the slug); until the book says which versions
  // there are, the input that names it is unknown, and asking with another would miss the
  // sidebars the server embedded in the page.
  const { versions, version, input, known } = useReadingVersion();
  const nav = trpc.docs.list.useQuery(input, { staleTime: 60_000, enabled: known });
  // The assistant's own page answers from the version last read in this tab.
  const versionName = version?.name;
  useEffect(() => {
    if (versionName !== undefined) rememberReadingVersion(versionName);
  }, [versionName]);
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
  // A site whose config says `sidebarPath: false` has no sidebar: as in Docusaurus, the page takes
  // the whole width (with the version menu above it, when there are versions).
  const sidebarless = nav.data !== undefined && nav.data.length === 0;
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
  // A site without versions has one, and shows none.
  const versionMenu = versions.length > 1 && version !== undefined && (
    <VersionMenu versions={versions} current={version} slug={slug} />
  );

  if (sidebarless) {
    return (
      <div className="reader reader-without-sidebar wide-page">
        {versionMenu && <div className="reader-bar">{versionMenu}</div>}
        <div className="reader-content">
          <Outlet />
        </div>
      </div>
    );
  }

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
            {versionMenu}
          </div>
          <SidebarDrawer open={drawerOpen} onClose={closeDrawer}>
            <nav aria-label="Book">{contents}</nav>
          </SidebarDrawer>
        </>
      ) : (
        <nav className="reader-sidebar" aria-label="Book" data-sidebar-scroller data-testid="sidebar">
          {versionMenu}
          {contents}
        </nav>
      )}
      <div className="reader-content">
        <Outlet />
      </div>
    </div>
  );
}
