import { Link, useLocation, useMatches, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { authClient } from "../auth-client";
import { useSession } from "../hooks/use-session";
import { authRequest } from "../lib/auth-request";

// Pages that are themselves about signing in: returning to them afterwards makes no sense.
const AUTH_PAGES = new Set(["/sign-in", "/sign-up", "/forgot-password", "/reset-password"]);

/** The header's account corner: sign-in and sign-up links, or the reader's name and Sign out. */
export function AccountMenu() {
  const session = useSession();

  switch (session.status) {
    case "pending":
      // Holds the corner's place so the header does not jump when the session arrives.
      return <span className="account-menu muted" aria-hidden="true" />;
    case "signed-in":
      return <SignedInMenu name={session.user.name} />;
    case "error":
    case "signed-out":
      return <SignedOutMenu />;
  }
}

function SignedOutMenu() {
  const location = useLocation();
  // Come back to the page the reader was reading once signed in.
  const redirect = AUTH_PAGES.has(location.pathname) || location.href === "/" ? undefined : location.href;
  return (
    <ul className="account-menu nav-list">
      <li>
        <Link to="/sign-in" search={{ redirect }} activeProps={{ "aria-current": "page" }}>
          Sign in
        </Link>
      </li>
      <li>
        <Link to="/sign-up" search={{ redirect }} activeProps={{ "aria-current": "page" }}>
          Sign up
        </Link>
      </li>
    </ul>
  );
}

function SignedInMenu({ name }: { name: string }) {
  const navigate = useNavigate();
  const onSignedInPage = useMatches({ select: (matches) => matches.some((match) => match.staticData.requiresSession) });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const signOut = async () => {
    if (pending) return;
    setPending(true);
    setFailure(undefined);
    const result = await authRequest((hook) => authClient.signOut({ fetchOptions: hook }));
    setPending(false);
    if (!result.ok) {
      setFailure(`Could not sign out: ${result.failure.message}`);
      return;
    }
    // A page that needs a session would otherwise send the reader to sign in again.
    if (onSignedInPage) await navigate({ to: "/" });
  };

  return (
    <ul className="account-menu nav-list">
      <li>
        <Link to="/account" className="account-name" activeProps={{ "aria-current": "page" }}>
          <span className="visually-hidden">Your account: </span>
          <span data-testid="account-name">{name}</span>
        </Link>
      </li>
      <li>
        <button type="button" onClick={() => void signOut()} aria-disabled={pending || undefined}>
          {pending ? "Signing out…" : "Sign out"}
        </button>
        {failure && (
          <p className="account-menu-error" role="alert">
            {failure}
          </p>
        )}
      </li>
    </ul>
  );
}
