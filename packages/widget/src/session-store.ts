import type { PagewiseUser } from "@pagewise/client";

/**
 * Who is signed in to each server, for every element of the page that shows it (the assistant's
 * account panel, `<pagewise-sign-in>` in a navbar). Kept beside the client and its token: in
 * memory, for the page's lifetime.
 */
const users = new Map<string, PagewiseUser | null>();
const listeners = new Map<string, Set<() => void>>();

export function signedInUser(server: string): PagewiseUser | null {
  return users.get(server) ?? null;
}

export function setSignedInUser(server: string, user: PagewiseUser | null): void {
  users.set(server, user);
  for (const listener of listeners.get(server) ?? []) listener();
}

/** Calls `listener` whenever the server's signed-in user changes; returns the unsubscribe. */
export function onSignedInUserChange(server: string, listener: () => void): () => void {
  const set = listeners.get(server) ?? new Set();
  set.add(listener);
  listeners.set(server, set);
  return () => set.delete(listener);
}
