import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  splitLink,
  type TRPCClient,
  type TRPCLink,
} from "@trpc/client";
import type { AppRouter } from "./app-router.generated.js";
import { createPagewiseAuth, type PagewiseAuth } from "./auth.js";
import type { AskEvent, AskInput } from "./router-types.js";
import { type Fetch, serverFetch } from "./server-fetch.js";

export interface PagewiseClientOptions {
  /** The server's address as its BETTER_AUTH_URL says, e.g. "https://assistant.example.com". */
  url: string;
  /** The fetch to call it with; the platform's by default. */
  fetch?: Fetch;
  /** A bearer token from an earlier sign-in, to start signed in. */
  token?: string;
  /** Told when signing in or out changes the token, e.g. to keep it for the life of a page. */
  onTokenChange?: (token: string | undefined) => void;
  /**
   * Whether cookies go with the calls. The default, "same-origin", sends them only to a server on
   * the page's own origin: anywhere else the bearer token is what signs a call in.
   */
  credentials?: "omit" | "same-origin" | "include";
}

export interface PagewiseClient {
  /** The typed API: `api.rag.query.query({ question })`, `api.profile.get.query()`, … */
  readonly api: TRPCClient<AppRouter>;
  /**
   * The links `api` uses (the bearer token included), for a tRPC React integration of your own:
   * `trpc.createClient({ links: pagewise.links })` with `@trpc/react-query`, or
   * `createTRPCClient<AppRouter>({ links: pagewise.links })` for `@trpc/tanstack-react-query`.
   */
  readonly links: TRPCLink<AppRouter>[];
  /** Accounts and sessions. */
  readonly auth: PagewiseAuth;
  /**
   * A streamed answer: the citations first, then the text as it is written, then the final
   * answer. Stop early with `break` or the signal; the server stops too.
   */
  ask(input: AskInput, options?: { signal?: AbortSignal }): AsyncIterable<AskEvent>;
  /** The bearer token of the current session, if signed in through this client. Never log it. */
  readonly token: string | undefined;
}

/** The procedures whose answer is a stream: each gets its own request, so a batch never waits for one. */
const STREAMED = new Set(["rag.ask"]);

/** The server refuses batches of more than 20 calls; stay well below. */
const MAX_BATCH = 10;

/** A client for one Pagewise server. */
export function createPagewiseClient(options: PagewiseClientOptions): PagewiseClient {
  const base = serverAddress(options.url);
  let token = options.token;
  const setToken = (next: string | undefined) => {
    if (next === token) return;
    token = next;
    options.onTokenChange?.(next);
  };
  const fetch = serverFetch({
    origin: new URL(base).origin,
    token: () => token,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    credentials: options.credentials ?? "same-origin",
  });
  const url = `${base}/trpc`;
  const links = [
    splitLink<AppRouter>({
      condition: (op) => STREAMED.has(op.path),
      true: httpBatchStreamLink({ url, fetch, maxItems: MAX_BATCH }),
      false: httpBatchLink({ url, fetch, maxItems: MAX_BATCH }),
    }),
  ];
  const api = createTRPCClient<AppRouter>({ links });
  return {
    api,
    links,
    auth: createPagewiseAuth({ url: base, fetch, setToken }),
    async *ask(input, { signal } = {}) {
      yield* await api.rag.ask.query(input, { signal });
    },
    get token() {
      return token;
    },
  };
}

/** The address without a trailing slash; a clear error for one that is not http(s). */
function serverAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(
      `createPagewiseClient: url must be the server's address, e.g. "https://assistant.example.com"; got ${JSON.stringify(url)}.`,
    );
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TypeError(`createPagewiseClient: url must be an http(s) address; got ${JSON.stringify(url)}.`);
  }
  return parsed.href.replace(/\/+$/, "");
}
