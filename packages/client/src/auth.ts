import { createAuthClient } from "better-auth/client";
import type { Fetch } from "./server-fetch.js";

/** A reader's account as the server tells it. */
export interface PagewiseUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  image?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A signed-in session: its reader and when it ends. */
export interface PagewiseSession {
  user: PagewiseUser;
  session: { id: string; createdAt: Date; expiresAt: Date };
}

/** Why an account call failed: the HTTP status, Better Auth's code, and a message for people. */
export interface AuthError {
  status: number;
  code?: string;
  message: string;
}

/** Better Auth's result shape: exactly one of `data` and `error`. */
export type AuthResult<T> = { data: T; error: null } | { data: null; error: AuthError };

/** Sign-up, sign-in, sign-out and the session, through Better Auth's own client. */
export interface PagewiseAuth {
  /**
   * Makes an account. By default the server answers alike whether or not the address already had
   * one, and starts no session (`token: null`): sign in next.
   */
  signUp(input: {
    name: string;
    email: string;
    password: string;
  }): Promise<AuthResult<{ user: PagewiseUser; token: string | null }>>;
  /** Signs in: from now on the client sends the session's bearer token with every call. */
  signIn(input: {
    email: string;
    password: string;
    rememberMe?: boolean;
  }): Promise<AuthResult<{ user: PagewiseUser; token: string }>>;
  /** Ends the session on the server and forgets the token, even when the server cannot be told. */
  signOut(): Promise<AuthResult<{ success: boolean }>>;
  /** The current session, or `data: null` when signed out (or the session has ended). */
  getSession(): Promise<AuthResult<PagewiseSession | null>>;
}

interface BetterAuthError {
  status: number;
  statusText: string;
  code?: string | undefined;
  message?: string | undefined;
}

function authError(error: BetterAuthError): { data: null; error: AuthError } {
  return {
    data: null,
    error: {
      status: error.status,
      ...(error.code !== undefined && { code: error.code }),
      message: error.message || error.statusText || `The server answered ${error.status}.`,
    },
  };
}

interface AuthOptions {
  url: string;
  fetch: Fetch;
  setToken: (token: string | undefined) => void;
}

export function createPagewiseAuth({ url, fetch, setToken }: AuthOptions): PagewiseAuth {
  // The bearer token and Origin come with `fetch` (server-fetch.ts), as for every other call.
  const client = createAuthClient({ baseURL: url, fetchOptions: { customFetchImpl: fetch } });
  return {
    async signUp(input) {
      const { data, error } = await client.signUp.email(input);
      if (error) return authError(error);
      if (data.token !== null) setToken(data.token);
      return { data: { user: data.user, token: data.token }, error: null };
    },
    async signIn(input) {
      const { data, error } = await client.signIn.email(input);
      if (error) return authError(error);
      setToken(data.token);
      return { data: { user: data.user, token: data.token }, error: null };
    },
    async signOut() {
      try {
        const { data, error } = await client.signOut();
        return error ? authError(error) : { data, error: null };
      } finally {
        setToken(undefined);
      }
    },
    async getSession() {
      const { data, error } = await client.getSession();
      if (error) return authError(error);
      return { data: data && { user: data.user, session: data.session }, error: null };
    },
  };
}
