import type { AppRouter } from "@pagewise/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { TestClient } from "./http-client";

/** A typed tRPC client that talks through a test browser, cookies and client IP included. */
export function trpcClientFor(browser: TestClient) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: new URL("/trpc", browser.baseUrl).toString(),
        fetch: (url, init) => browser.request(String(url), init ?? {}),
      }),
    ],
  });
}
