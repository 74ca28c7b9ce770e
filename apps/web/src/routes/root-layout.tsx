import { Link, Outlet } from "@tanstack/react-router";
import { AccountMenu } from "../components/account-menu";
import { useSession } from "../hooks/use-session";

const active = { "aria-current": "page" } as const;

export function RootLayout() {
  const session = useSession();
  const signedIn = session.status === "signed-in";
  // Only a courtesy: the server refuses admin.* to anyone else whatever the nav shows.
  const isAdmin = signedIn && session.user.role === "admin";

  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Pagewise
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link to="/" activeProps={active} activeOptions={{ exact: true }}>
                Assistant
              </Link>
            </li>
            <li>
              <Link to="/docs" activeProps={active}>
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
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
