import { createPagewiseAuthClient } from "@pagewise/auth/client";

// One client for the whole app, so every component that calls useSession shares one session store
// (and one request to /api/auth/get-session). The session itself lives only in the server's
// HttpOnly cookie: nothing here reads or keeps a token.
export const authClient = createPagewiseAuthClient();
