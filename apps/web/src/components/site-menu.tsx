import { Link, useLocation } from "@tanstack/react-router";
import { useEffect, useId, useRef, useState } from "react";
import { useBook } from "../hooks/use-book";
import { useSession } from "../hooks/use-session";
import { docPath } from "../lib/doc-links";
import { AccountMenu } from "./account-menu";

const active = { "aria-current": "page" } as const;

/**
 * The header's links and account corner. On a phone they fold behind a Menu button, so the
 * header stays one line at 360 px; Escape or choosing a page folds them again.
 */
export function SiteMenu() {
  const session = useSession();
  const signedIn = session.status === "signed-in";
  // Only a courtesy: the server refuses admin.* to anyone else whatever the nav shows.
  const isAdmin = signedIn && session.user.role === "admin";
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const path = useLocation({ select: (location) => location.pathname });
  // The book's first page: its root index page, else the first page of its sidebar.
  const home = docPath(useBook()?.homeSlug ?? "");

  // biome-ignore lint/correctness/useExhaustiveDependencies: fold the menu on every navigation
  useEffect(() => setOpen(false), [path]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <div className="site-menu-wrap">
      <button
        ref={buttonRef}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        Menu
      </button>
      <div id={menuId} className="site-menu" data-open={open || undefined}>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link to="/" activeProps={active} activeOptions={{ exact: true }}>
                Assistant
              </Link>
            </li>
            <li>
              <Link to={home} aria-current={path === "/docs" || path.startsWith("/docs/") ? "page" : undefined}>
                Docs
              </Link>
            </li>
            {signedIn && (
              <li>
                <Link to="/profile" activeProps={active}>
                  Profile
                </Link>
              </li>
            )}
            {isAdmin && (
              <li>
                <Link to="/admin" activeProps={active}>
                  Admin
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <AccountMenu />
      </div>
    </div>
  );
}
