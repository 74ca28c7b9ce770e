import type { AppRouter } from "@pagewise/api";
import { httpBatchLink, httpBatchStreamLink, splitLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";

// A type-only import: the router's types reach the SPA, its server code never does.
export const trpc = createTRPCReact<AppRouter>();

/** Procedures whose answer is a stream (async generators on the server), read as it arrives. */
const STREAMED = new Set(["rag.ask"]);

export function createTrpcClient() {
  // Relative, so the same build works behind the Vite proxy and on the production server.
  const url = "/trpc";
  return trpc.createClient({
    links: [
      splitLink({
        // A streamed answer gets its own link: in a plain batch, the whole batch would wait for it to end.
        condition: (op) => STREAMED.has(op.path),
        true: httpBatchStreamLink({ url }),
        false: httpBatchLink({ url }),
      }),
    ],
  });
}

/** The plain (non-hook) client, for calls made from event handlers, e.g. one question of a thread. */
export type TrpcClient = ReturnType<typeof trpc.useUtils>["client"];
