/** What the reader is told when a call to the auth server fails. */
export interface AuthFailure {
  /** HTTP status; 0 when no answer came back at all. */
  status: number;
  /** Better Auth's error code, e.g. "INVALID_EMAIL_OR_PASSWORD", when it sent one. */
  code: string | undefined;
  /** A sentence to show as it is. */
  message: string;
}

export type AuthResult<T> = { ok: true; data: T } | { ok: false; failure: AuthFailure };

// The shapes better-auth/react's methods resolve with (they never throw on an HTTP error).
interface ClientError {
  code?: string | undefined;
  message?: string | undefined;
  status: number;
  statusText: string;
}
type ClientResult<T> = { data: T; error: null } | { data: null; error: ClientError };

/** Passed as a method's fetch options: the error object lacks headers, the hook still sees the response. */
export interface ResponseHook {
  onError: (context: { response: Response }) => void;
}

/**
 * Runs one better-auth client call and turns its outcome into something a form can show: the
 * server's own message, a rate-limit message with the wait from Retry-After, or a plain
 * "could not reach the server" when the request failed (the client throws only then).
 */
export async function authRequest<T>(call: (hook: ResponseHook) => Promise<ClientResult<T>>): Promise<AuthResult<T>> {
  const seen: { retryAfter: string | null } = { retryAfter: null };
  const hook: ResponseHook = {
    onError: ({ response }) => {
      seen.retryAfter = response.headers.get("retry-after");
    },
  };
  try {
    const result = await call(hook);
    if (result.error === null) return { ok: true, data: result.data };
    return { ok: false, failure: describeError(result.error, seen.retryAfter) };
  } catch {
    return {
      ok: false,
      failure: {
        status: 0,
        code: undefined,
        message: "The server could not be reached. Check your connection, then try again.",
      },
    };
  }
}

function describeError(error: ClientError, retryAfter: string | null): AuthFailure {
  const { status, code } = error;
  if (status === 429) return { status, code, message: tooManyAttempts(retryAfter) };
  if (error.message) return { status, code, message: error.message };
  if (status >= 500) return { status, code, message: `The server had a problem (${status}). Try again in a moment.` };
  return { status, code, message: `The request failed (${status} ${error.statusText}).` };
}

function tooManyAttempts(retryAfter: string | null): string {
  const seconds = retryAfterSeconds(retryAfter);
  if (seconds === undefined) return "Too many attempts, try again in a minute.";
  return `Too many attempts, try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Math.max(1, Number(value.trim()));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - now) / 1000));
}
