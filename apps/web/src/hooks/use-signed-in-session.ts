import type { PagewiseSession } from "@pagewise/auth/client";
import { createContext, useContext } from "react";

/** Provided by the signed-in layout route once it has a session; absent everywhere else. */
export const SignedInSessionContext = createContext<PagewiseSession | null>(null);

/**
 * The session on pages under the signed-in layout, typed as present: those pages are only
 * rendered once the layout has one, so they need no "signed out" branch of their own.
 */
export function useSignedInSession(): PagewiseSession {
  const session = useContext(SignedInSessionContext);
  if (session === null) throw new Error("useSignedInSession is only usable on pages under the signed-in layout route.");
  return session;
}
