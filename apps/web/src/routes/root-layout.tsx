import { Link, Outlet } from "@tanstack/react-router";
import { AccountMenu } from "../components/account-menu";

export function RootLayout() {
  return (
    <div className="layout">
      <header className="site-header">
        <Link to="/" className="brand">
          Pagewise
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link to="/" activeProps={{ "aria-current": "page" }} activeOptions={{ exact: true }}>
                Home
              </Link>
            </li>
          </ul>
        </nav>
        <AccountMenu />
      </header>
      <main className="site-main">
        <Outlet />
      </main>
    </div>
  );
}
