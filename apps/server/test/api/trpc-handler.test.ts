import { initTRPC, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createQueryAnswerer, createTrpcHandler, type TrpcHandlerOptions } from "../../src/api/trpc-handler";

// A router with every kind of answer a query can give: data, input errors, middleware errors,
// thrown errors, streams a plain request cannot carry, and a context that can fail.
interface Ctx {
  user: string | null;
}
const identity = (value: unknown) => value;

function buildRouter(serializeOutput: (value: unknown) => unknown) {
  const t = initTRPC.context<Ctx>().create({
    isDev: false,
    transformer: {
      input: { serialize: identity, deserialize: identity },
      output: { serialize: serializeOutput, deserialize: identity },
    },
    errorFormatter: ({ shape, error }) => ({ ...shape, data: { ...shape.data, cause: error.cause?.message } }),
  });
  const signedIn = t.procedure.use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this." });
    return next({ ctx: { user: ctx.user } });
  });
  return t.router({
    greet: t.procedure.input(z.object({ name: z.string().min(1) })).query(({ input }) => `Hello, ${input.name}`),
    nothing: t.procedure.query(() => undefined),
    whoami: signedIn.query(({ ctx }) => ({ user: ctx.user })),
    boom: t.procedure.query(() => {
      throw new Error("kaput");
    }),
    stream: t.procedure.query(async function* () {
      yield 1;
    }),
    nested: { deep: t.procedure.query(() => ({ at: "nested.deep" })) },
    rename: t.procedure.input(z.object({ name: z.string() })).mutation(({ input }) => input.name),
    probe: t.procedure.query(({ signal }) => {
      lastSignal = signal;
      return "ok";
    }),
  });
}
type TestRouter = ReturnType<typeof buildRouter>;
let lastSignal: AbortSignal | undefined;

const routers: [string, TestRouter][] = [
  ["plain JSON", buildRouter(identity)],
  ["a transformer", buildRouter((value) => ({ wrapped: value }))],
];

interface Recorded {
  code: string;
  path: string | undefined;
  input: unknown;
  type: string;
  hasCtx: boolean;
}

function optionsRecording(router: TestRouter, errors: Recorded[]): TrpcHandlerOptions<TestRouter> {
  return {
    router,
    endpoint: "/trpc",
    createContext: async ({ req }) => {
      if (req.headers.get("x-context") === "fail")
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "down" });
      return { user: req.headers.get("x-user") };
    },
    onError: ({ error, path, input, type, ctx }) => {
      errors.push({ code: error.code, path, input, type, hasCtx: ctx !== undefined });
    },
  };
}

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const request = (path: string, headers: Record<string, string> = {}, init: RequestInit = {}) =>
  new Request(`http://pagewise.test${path}`, { ...init, headers });

// [name, path, headers]: each is answered by the lean path.
const leanCases: [string, string, Record<string, string>][] = [
  ["a query with input", `/trpc/greet?input=${json({ name: "Ada" })}`, {}],
  ["a query answering undefined", "/trpc/nothing", {}],
  ["a nested path", "/trpc/nested.deep", {}],
  ["invalid input", `/trpc/greet?input=${json({ name: "" })}`, {}],
  ["input that is not JSON", "/trpc/greet?input=%7Bnot-json", {}],
  ["a middleware refusal", "/trpc/whoami", {}],
  ["a middleware pass", "/trpc/whoami", { "x-user": "ada" }],
  ["a thrown error", "/trpc/boom", {}],
  ["a stream asked for without streaming", "/trpc/stream", {}],
  ["a failing context", "/trpc/greet?input=%7B%7D", { "x-context": "fail" }],
  ["a batch that succeeds", `/trpc/greet,nested.deep?batch=1&input=${json({ 0: { name: "Ada" } })}`, {}],
  [
    "a batch of mixed outcomes",
    `/trpc/greet,whoami,boom,stream,greet?batch=1&input=${json({ 0: { name: "Ada" }, 4: { name: 4 } })}`,
    {},
  ],
  ["a batch whose input is not an object", `/trpc/greet,nothing?batch=1&input=${json([1])}`, {}],
  ["a batch with a failing context", "/trpc/greet,nothing?batch=1&input=%7B%7D", { "x-context": "fail" }],
  ["a percent-encoded batch path", `/trpc/nothing%2Cnested.deep?batch=1&input=%7B%7D`, {}],
  ["trailing slashes", "/trpc/nothing/", {}],
];

// Everything else goes to tRPC's own handler.
const delegatedCases: [string, () => Request][] = [
  ["an unknown procedure", () => request("/trpc/missing")],
  ["a batch naming an unknown procedure", () => request("/trpc/nothing,missing?batch=1&input=%7B%7D")],
  ["a mutation over GET", () => request(`/trpc/rename?input=${json({ name: "x" })}`)],
  [
    "a mutation",
    () => request("/trpc/rename", { "content-type": "application/json" }, { method: "POST", body: '{"name":"x"}' }),
  ],
  ["a streamed batch", () => request("/trpc/stream?batch=1&input=%7B%7D", { "trpc-accept": "application/jsonl" })],
  ["a malformed path", () => request("/trpc/%E0%A4%A")],
  ["malformed connection params", () => request("/trpc/nothing?connectionParams=%7Bnope")],
  ["HEAD", () => request("/trpc/nothing", {}, { method: "HEAD" })],
];

async function snapshot(response: Response) {
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    vary: response.headers.get("vary"),
    body: await response.text(),
  };
}

describe.each(routers)("the tRPC handler's lean path for GET queries, with %s", (_kind, router) => {
  const recording = (errors: Recorded[]) => optionsRecording(router, errors);
  const answer = (req: Request, options = recording([])) => createQueryAnswerer(options)(req);
  it.each(leanCases)("answers %s exactly as tRPC's own handler does", async (_name, path, headers) => {
    const leanErrors: Recorded[] = [];
    const referenceErrors: Recorded[] = [];
    const lean = await answer(request(path, headers), recording(leanErrors));
    const reference = await fetchRequestHandler({ ...recording(referenceErrors), req: request(path, headers) });

    expect(lean).not.toBeNull();
    if (!lean) return;
    const expected = await snapshot(reference);
    expect(await snapshot(lean)).toEqual(expected);
    expect(leanErrors).toEqual(referenceErrors);
    // The comparison means something only if the cases produce real answers and real errors.
    expect(expected.body.length).toBeGreaterThan(0);
  });

  it("covers successes, errors and mixed batches among its cases", async () => {
    const statuses = new Set<number>();
    for (const [, path, headers] of leanCases) {
      const lean = await answer(request(path, headers));
      if (lean) statuses.add(lean.status);
    }
    expect([...statuses].sort()).toEqual([200, 207, 400, 401, 415, 500, 503]);
  });

  it.each(delegatedCases)("leaves %s to tRPC's own handler", async (_name, make) => {
    expect(await answer(make())).toBeNull();
    const handler = createTrpcHandler(recording([]));
    const [ours, theirs] = [await handler(make()), await fetchRequestHandler({ ...recording([]), req: make() })];
    expect(await snapshot(ours)).toEqual(await snapshot(theirs));
  });

  it("hands the request's own signal to the procedure", async () => {
    const controller = new AbortController();
    const req = new Request("http://pagewise.test/trpc/probe", { signal: controller.signal });
    await answer(req);
    controller.abort();
    expect(lastSignal?.aborted).toBe(true);
  });
});
