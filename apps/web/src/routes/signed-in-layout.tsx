import { Outlet, useLocation, useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { PageLoading } from "../components/page-loading";
import { useSession } from "../hooks/use-session";
import { SignedInSessionContext } from "../hooks/use-signed-in-session";
import { isSignOutExpected } from "../lib/expected-sign-out";

/**
 * The parent of every page that needs a session. Signed-out visitors go to sign in, with the
 * page they asked for as ?redirect= so they come back to it; that also happens when the session
 * ends while they are here (signed out in another tab, expired, revoked).
 */
export function SignedInLayout() {
  const session = useSession();

  switch (session.status) {
    case "pending":
      return <PageLoading label="Checking that you are signed in…" />;
    case "error":
      return (
        <div className="notice notice-error" role="alert">
          <p>Could not check that you are signed in: the server did not answer.</p>
          <button type="button" onClick={session.retry}>
            Try again
          </button>
        </div>
      );
    case "signed-out":
      // The page that ended the session is taking the reader elsewhere itself.
      if (isSignOutExpected()) return <PageLoading label="Signing you out…" />;
      return <RedirectToSignIn />;
    case "signed-in":
      return (
        <SignedInSessionContext value={{ session: session.session, user: session.user }}>
          <Outlet />
        </SignedInSessionContext>
      );
  }
}

/**
 * Navigates once, to sign in and back to the page asked for. Not <Navigate>: it navigates again
 * on every render, and this layout re-renders with the sign-in page's location while that page's
 * code loads, which would nest ?redirect= into itself without end.
 */
function RedirectToSignIn() {
  const navigate = useNavigate();
  const location = useLocation();
  const [redirect] = useState(location.href);
  useEffect(() => {
    void navigate({ to: "/sign-in", search: { redirect }, replace: true });
  }, [navigate, redirect]);
  return <PageLoading label="Taking you to sign in…" />;
}
