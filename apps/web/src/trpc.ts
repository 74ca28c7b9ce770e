import type { AppRouter } from "@pagewise/api";
import { httpBatchLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";

// A type-only import: the router's types reach the SPA, its server code never does.
export const trpc = createTRPCReact<AppRouter>();

export function createTrpcClient() {
  return trpc.createClient({
    // Relative, so the same build works behind the Vite proxy and on the production server.
    links: [httpBatchLink({ url: "/trpc" })],
  });
}

/** The plain (non-hook) client, for calls made from event handlers, e.g. one question of a thread. */
export type TrpcClient = ReturnType<typeof trpc.useUtils>["client"];
