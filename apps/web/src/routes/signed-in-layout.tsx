import { Navigate, Outlet, useLocation } from "@tanstack/react-router";
import { PageLoading } from "../components/page-loading";
import { useSession } from "../hooks/use-session";
import { SignedInSessionContext } from "../hooks/use-signed-in-session";

/**
 * The parent of every page that needs a session. Signed-out visitors go to sign in, with the
 * page they asked for as ?redirect= so they come back to it; that also happens when the session
 * ends while they are here (signed out in another tab, expired, revoked).
 */
export function SignedInLayout() {
  const session = useSession();
  const location = useLocation();

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
      return <Navigate to="/sign-in" search={{ redirect: location.href }} replace />;
    case "signed-in":
      return (
        <SignedInSessionContext value={{ session: session.session, user: session.user }}>
          <Outlet />
        </SignedInSessionContext>
      );
  }
}
