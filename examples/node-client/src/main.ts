/**
 * Pagewise from a Node script, as an outside developer would use it:
 * Better Auth's own client to sign up and sign in, the typed tRPC client for
 * the API (with the session cookie, then with a bearer token), and signing out.
 *
 *   PAGEWISE_URL=http://localhost:3000 npm start --workspace @pagewise/example-node-client
 *
 * PAGEWISE_URL must be the server's address exactly as its BETTER_AUTH_URL
 * says (localhost and 127.0.0.1 are different origins). EXAMPLE_EMAIL and
 * EXAMPLE_PASSWORD choose the account; by default a new one is made each run.
 */
import { randomBytes } from "node:crypto";
import type { AppRouter } from "@pagewise/api";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createAuthClient } from "better-auth/client";
import { CookieJar } from "./cookie-jar";
import { siteFetch } from "./site-fetch";

const serverUrl = (process.env.PAGEWISE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const email = process.env.EXAMPLE_EMAIL ?? `example-${randomBytes(4).toString("hex")}@example.com`;
const password = process.env.EXAMPLE_PASSWORD ?? "an example password";

const jar = new CookieJar();
const fetchAsSite = siteFetch(serverUrl, jar);

// Better Auth's client: its requests go through the fetch that sends Origin and keeps cookies.
const authClient = createAuthClient({ baseURL: serverUrl, fetchOptions: { customFetchImpl: fetchAsSite } });

// The typed API: inputs and outputs come from AppRouter, so a server change that breaks this is a type error.
const api = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${serverUrl}/trpc`, fetch: fetchAsSite })] });

/** The same API with `Authorization: Bearer <token>` instead of cookies (no jar, no Origin needed). */
const apiWithToken = (token: string) =>
  createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${serverUrl}/trpc`, headers: { authorization: `Bearer ${token}` } })],
  });

const ok = (line: string) => console.log(`✓ ${line}`);

/** Stops the script with the server's own words, which say what to change. */
function fail(step: string, detail: { message?: string | undefined; code?: string | undefined } | string): never {
  const message =
    typeof detail === "string" ? detail : `${detail.message ?? "failed"}${detail.code ? ` (${detail.code})` : ""}`;
  console.error(`✗ ${step}: ${message}`);
  process.exit(1);
}

/** The tRPC error code a call fails with, or "answered" when it does not fail. */
async function failureCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "answered";
  } catch (error) {
    if (error instanceof TRPCClientError && typeof error.data?.code === "string") return error.data.code;
    throw error;
  }
}

console.log(`Pagewise at ${serverUrl}`);

const signUp = await authClient.signUp.email({ name: "Example Script", email, password });
// By default the server answers a sign-up alike whether or not the address had an account (and starts
// no session): signing in next is what tells, and only to whoever knows the password.
if (!signUp.error)
  ok(`signed up as ${signUp.data.user.email}${signUp.data.token === null ? " (or it had an account already)" : ""}`);
else if (signUp.error.code?.startsWith("USER_ALREADY_EXISTS")) console.log(`· ${email} has an account: signing in`);
else fail("sign-up", signUp.error);

const signIn = await authClient.signIn.email({ email, password });
if (signIn.error) fail("sign-in", signIn.error);
// The token works as a bearer token; like the session cookie, it must never be printed or logged.
const { token } = signIn.data;
ok(`signed in as ${signIn.data.user.email} (cookies kept: ${jar.names().join(", ")})`);

const session = await authClient.getSession();
if (session.error || !session.data) fail("get-session", session.error ?? "no session");
ok(`session for ${session.data.user.email}, valid until ${new Date(session.data.session.expiresAt).toISOString()}`);

try {
  const { answer, citations } = await api.rag.query.query({ question: "How do I sign in?" });
  const firstLine = answer.split("\n")[0] ?? "";
  ok(
    `rag.query (public): ${citations.length} citation(s); "${firstLine.slice(0, 100)}${firstLine.length > 100 ? "…" : ""}"`,
  );

  const before = await api.profile.get.query();
  ok(`profile.get (protected): answer style ${before.preferences.answerStyle}, consent ${before.consentGiven}`);

  await api.profile.upsert.mutate({ preferences: { answerStyle: "detailed" }, consentGiven: false });
  const after = await api.profile.get.query();
  ok(`profile.upsert (protected): answer style now ${after.preferences.answerStyle}`);

  const viaToken = await apiWithToken(token).profile.get.query();
  ok(`profile.get with Authorization: Bearer <token>: answer style ${viaToken.preferences.answerStyle}`);
} catch (error) {
  if (error instanceof TRPCClientError) fail("API call", { message: error.message, code: error.data?.code });
  throw error;
}

const signOut = await authClient.signOut();
if (signOut.error) fail("sign-out", signOut.error);
ok(`signed out (cookies left: ${jar.names().length})`);

const withCookies = await failureCode(api.profile.get.query());
const withToken = await failureCode(apiWithToken(token).profile.get.query());
if (withCookies !== "UNAUTHORIZED" || withToken !== "UNAUTHORIZED") {
  fail("after sign-out", `profile.get answered ${withCookies} (cookies) and ${withToken} (bearer), not UNAUTHORIZED`);
}
ok("profile.get after signing out: UNAUTHORIZED, with the cookies and with the old bearer token");
console.log("Done.");
