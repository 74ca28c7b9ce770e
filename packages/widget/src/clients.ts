import { createPagewiseClient, type PagewiseClient } from "@pagewise/client";

/**
 * One client per server for the page's lifetime, shared by every element that names it: the
 * session's bearer token lives here, in memory only, so a reader stays signed in while the page
 * (or a single-page docs site, across its routes) stays open, and no other script on the host
 * page finds it in storage.
 */
const clients = new Map<string, PagewiseClient>();

export function clientFor(server: string): PagewiseClient {
  let client = clients.get(server);
  if (client === undefined) {
    client = createPagewiseClient({ url: server, credentials: "omit" });
    clients.set(server, client);
  }
  return client;
}
