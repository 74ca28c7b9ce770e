import { type ServerProcess, startServerProcess } from "@pagewise/server/testing";
import { createTRPCClient } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppRouter, type AskEvent, createPagewiseClient, isPagewiseError, pagewiseErrorCode } from "../src/index";

/** The client against the real, built server (`npm run build` first; turbo does it). */
describe("createPagewiseClient", () => {
  let server: ServerProcess | undefined;
  const url = () => {
    if (!server) throw new Error("the server did not start");
    return server.url;
  };
  beforeAll(async () => {
    // As for a widget on the published site: citations also carry the page's address there.
    server = await startServerProcess({ DATABASE_URL: "pglite:memory", DOCS_SITE_URL: "https://docs.example.com/" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers a question anonymously, whole and streamed", async () => {
    const client = createPagewiseClient({ url: url() });
    const answer = await client.api.rag.query.query({ question: "How do I sign in?" });
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const { url, siteUrl } of answer.citations) expect(siteUrl).toBe(`https://docs.example.com${url}`);

    const events: AskEvent[] = [];
    for await (const event of client.ask({ question: "How do I sign in?" })) events.push(event);
    expect(events[0]?.type).toBe("citations");
    const done = events.at(-1);
    if (done?.type !== "done") throw new Error(`the stream ended with ${JSON.stringify(done)}`);
    expect(done.answer).toBe(answer.answer);
    expect(done.citations.map(({ slug }) => slug)).toEqual(answer.citations.map(({ slug }) => slug));
  });

  it("stops a streamed answer when the caller breaks out", async () => {
    const client = createPagewiseClient({ url: url() });
    const seen: string[] = [];
    for await (const event of client.ask({ question: "How do I sign in?" })) {
      seen.push(event.type);
      break;
    }
    expect(seen).toEqual(["citations"]);
  });

  it("signs up, signs in with a bearer token kept in memory, and signs out", async () => {
    const tokens: (string | undefined)[] = [];
    const client = createPagewiseClient({ url: url(), onTokenChange: (token) => tokens.push(token) });
    const email = "client-package@example.com";
    const password = "a password for the client";

    const signUp = await client.auth.signUp({ name: "Client Package", email, password });
    expect(signUp.error).toBeNull();
    expect(client.token).toBeUndefined();

    const signIn = await client.auth.signIn({ email, password });
    if (signIn.error) throw new Error(signIn.error.message);
    expect(signIn.data.user.email).toBe(email);
    expect(client.token).toBe(signIn.data.token);
    expect(tokens).toEqual([signIn.data.token]);

    const session = await client.auth.getSession();
    expect(session.data?.user.email).toBe(email);
    expect(session.data?.session.expiresAt).toBeInstanceOf(Date);
    const profile = await client.api.profile.get.query();
    expect(profile.consentGiven).toBe(false);
    // The links carry the token to a tRPC client of the caller's own (a React integration's).
    const own = createTRPCClient<AppRouter>({ links: client.links });
    expect((await own.profile.get.query()).consentGiven).toBe(false);

    // A second client started with the token is signed in too: the token is the whole credential.
    const resumed = createPagewiseClient({ url: url(), token: signIn.data.token });
    expect((await resumed.auth.getSession()).data?.user.email).toBe(email);

    expect((await client.auth.signOut()).error).toBeNull();
    expect(client.token).toBeUndefined();
    expect(tokens).toEqual([signIn.data.token, undefined]);
    expect((await client.auth.getSession()).data).toBeNull();
    // The old token is worth nothing now, wherever it was kept.
    const refused = await resumed.api.profile.get.query().catch((error: unknown) => error);
    expect(pagewiseErrorCode(refused)).toBe("UNAUTHORIZED");
  });

  it("reports a wrong password as an AuthError value, not a throw", async () => {
    const client = createPagewiseClient({ url: url() });
    const result = await client.auth.signIn({ email: "nobody@example.com", password: "not the password" });
    expect(result.data).toBeNull();
    expect(result.error).toMatchObject({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" });
    expect(result.error?.message).toMatch(/\S/);
    expect(client.token).toBeUndefined();
  });

  it("reports bad input with the server's code and field errors", async () => {
    const client = createPagewiseClient({ url: url() });
    const error = await client.api.rag.query.query({ question: "   " }).catch((caught: unknown) => caught);
    if (!isPagewiseError(error)) throw new Error(`expected a PagewiseError, got ${String(error)}`);
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.data?.fieldErrors).toEqual({ question: ["Ask a question: it must not be empty."] });
    expect(pagewiseErrorCode(new Error("a bug"))).toBeUndefined();
  });

  it("refuses an address that is not an http(s) URL, saying what it wants", () => {
    expect(() => createPagewiseClient({ url: "localhost:3000" })).toThrow(/url must be an http\(s\) address/);
    expect(() => createPagewiseClient({ url: "not a url" })).toThrow(/url must be the server's address/);
  });
});
