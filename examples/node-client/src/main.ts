/**
 * Pagewise from a Node script, as an outside developer would use it, with @pagewise/client:
 * sign up and sign in (the session's bearer token is kept in memory), call public and protected
 * procedures of the typed API, stream an answer, and sign out.
 *
 *   PAGEWISE_URL=http://localhost:3000 npm start --workspace @pagewise/example-node-client
 *
 * PAGEWISE_URL must be the server's address exactly as its BETTER_AUTH_URL says (localhost and
 * 127.0.0.1 are different origins). EXAMPLE_EMAIL and EXAMPLE_PASSWORD choose the account; by
 * default a new one is made each run.
 */
import { randomBytes } from "node:crypto";
import { createPagewiseClient, isPagewiseError, pagewiseErrorCode } from "@pagewise/client";

const serverUrl = (process.env.PAGEWISE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const email = process.env.EXAMPLE_EMAIL ?? `example-${randomBytes(4).toString("hex")}@example.com`;
const password = process.env.EXAMPLE_PASSWORD ?? "an example password";

const pagewise = createPagewiseClient({ url: serverUrl });

const ok = (line: string) => console.log(`✓ ${line}`);

/** Stops the script with the server's own words, which say what to change. */
function fail(step: string, detail: { message?: string | undefined; code?: string | undefined } | string): never {
  const message =
    typeof detail === "string" ? detail : `${detail.message ?? "failed"}${detail.code ? ` (${detail.code})` : ""}`;
  console.error(`✗ ${step}: ${message}`);
  process.exit(1);
}

console.log(`Pagewise at ${serverUrl}`);

const signUp = await pagewise.auth.signUp({ name: "Example Script", email, password });
// By default the server answers a sign-up alike whether or not the address had an account (and starts
// no session): signing in next is what tells, and only to whoever knows the password.
if (!signUp.error)
  ok(`signed up as ${signUp.data.user.email}${signUp.data.token === null ? " (or it had an account already)" : ""}`);
else if (signUp.error.code?.startsWith("USER_ALREADY_EXISTS")) console.log(`· ${email} has an account: signing in`);
else fail("sign-up", signUp.error);

const signIn = await pagewise.auth.signIn({ email, password });
if (signIn.error) fail("sign-in", signIn.error);
// The token is the session: the client keeps it in memory and sends it as `Authorization: Bearer`.
// Like a session cookie, it must never be printed or logged.
const { token } = signIn.data;
ok(`signed in as ${signIn.data.user.email} (bearer token kept in memory)`);

const session = await pagewise.auth.getSession();
if (session.error || !session.data) fail("get-session", session.error ?? "no session");
ok(`session for ${session.data.user.email}, valid until ${session.data.session.expiresAt.toISOString()}`);

try {
  const { answer, citations } = await pagewise.api.rag.query.query({ question: "How do I sign in?" });
  const firstLine = answer.split("\n")[0] ?? "";
  ok(
    `rag.query (public): ${citations.length} citation(s); "${firstLine.slice(0, 100)}${firstLine.length > 100 ? "…" : ""}"`,
  );

  let deltas = 0;
  for await (const event of pagewise.ask({ question: "How do I sign in?" })) {
    if (event.type === "delta") deltas++;
    if (event.type === "done")
      ok(`ask (streamed): ${deltas} part(s), then the answer with ${event.citations.length} citation(s)`);
  }

  const before = await pagewise.api.profile.get.query();
  ok(`profile.get (protected): answer style ${before.preferences.answerStyle}, consent ${before.consentGiven}`);

  await pagewise.api.profile.upsert.mutate({ preferences: { answerStyle: "detailed" }, consentGiven: false });
  const after = await pagewise.api.profile.get.query();
  ok(`profile.upsert (protected): answer style now ${after.preferences.answerStyle}`);
} catch (error) {
  if (isPagewiseError(error)) fail("API call", { message: error.message, code: error.data?.code });
  throw error;
}

const signOut = await pagewise.auth.signOut();
if (signOut.error) fail("sign-out", signOut.error);
ok("signed out (the client forgot its token)");

// A copy of the old token, kept elsewhere, is worth nothing now.
const withOldToken = createPagewiseClient({ url: serverUrl, token });
const refused = await withOldToken.api.profile.get.query().then(
  () => "answered",
  (error: unknown) => pagewiseErrorCode(error) ?? String(error),
);
if (refused !== "UNAUTHORIZED")
  fail("after sign-out", `profile.get with the old token answered ${refused}, not UNAUTHORIZED`);
ok("profile.get with the old token after signing out: UNAUTHORIZED");
console.log("Done.");
