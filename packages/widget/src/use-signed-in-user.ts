import type { PagewiseUser } from "@pagewise/client";
import { useEffect, useState } from "preact/hooks";
import { onSignedInUserChange, signedInUser } from "./session-store";

/** The server's signed-in user, re-rendering when any element of the page signs in or out. */
export function useSignedInUser(server: string): PagewiseUser | null {
  const [user, setUser] = useState(() => signedInUser(server));
  useEffect(() => {
    setUser(signedInUser(server));
    return onSignedInUserChange(server, () => setUser(signedInUser(server)));
  }, [server]);
  return user;
}
