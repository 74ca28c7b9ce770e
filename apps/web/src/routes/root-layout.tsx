import { Link, Outlet } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import { SearchLauncher } from "../components/search/search-launcher";
import { SiteMenu } from "../components/site-menu";
import { ThemeToggle } from "../components/theme-toggle";
import { useBook } from "../hooks/use-book";

/** Focuses the article when there is one (a page of the book), else the main region. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById("pw-article") ?? document.getElementById("pw-main");
  if (target === null) return;
  // Not a hash navigation: the URL keeps naming the page (and heading) being read.
  event.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
}

export function RootLayout() {
  const book = useBook();

  return (
    <div className="layout">
      {/* On a page of the book the skip link lands on the article itself (see DocPage), else on main. */}
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is an in-page link; the handler only picks its target */}
      <a className="skip-link" href="#pw-main" data-testid="skip-link" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="site-header">
        {book === undefined ? (
          // Holds the brand's place until the book's title arrives, so the header does not jump.
          <span className="brand" aria-hidden="true" />
        ) : (
          <Link to="/" className="brand" title={book.tagline ?? undefined}>
            {book.title}
          </Link>
        )}
        <div className="header-tools">
          <SearchLauncher />
          <ThemeToggle />
          <SiteMenu />
        </div>
      </header>
      <main id="pw-main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
