/**
 * `npm run bench:trpc --workspace @pagewise/server`: where a tRPC call's time goes, compared with a
 * bare Hono route in the same run. Each variant adds one layer to the one before, so the drop
 * between two rows is what that layer costs. Prints figures; asserts nothing.
 */
import { serve } from "@hono/node-server";
import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import autocannon from "autocannon";
import { Hono } from "hono";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const t = initTRPC.create();
const router = t.router({ ping: t.procedure.query(() => ({ ok: true })) });

const app = new Hono();
app.get("/bare", (c) => c.json({ ok: true }));
app.get("/bare-async", async (c) => {
  await new Promise((resolve) => setImmediate(resolve));
  return c.json({ ok: true });
});
// Touching the raw Request makes @hono/node-server build a full WHATWG Request from Node's message.
app.get("/bare-raw-request", (c) => c.json({ ok: c.req.raw.headers.has("host") }));
// A plain Response (rather than Hono's own) takes the adapter's generic body path.
app.get(
  "/bare-plain-response",
  () => new Response(JSON.stringify({ ok: true }), { headers: { "content-type": "application/json" } }),
);
app.get(
  "/bare-both",
  (c) =>
    new Response(JSON.stringify({ ok: c.req.raw.headers.has("host") }), {
      headers: { "content-type": "application/json" },
    }),
);
app.all("/trpc/*", (c) =>
  fetchRequestHandler({ endpoint: "/trpc", req: c.req.raw, router, createContext: () => ({}) }),
);

// The same, with the response body buffered into one string before Node writes it.
app.all("/trpc-buffered/*", async (c) => {
  const response = await fetchRequestHandler({
    endpoint: "/trpc-buffered",
    req: c.req.raw,
    router,
    createContext: () => ({}),
  });
  return new Response(await response.text(), response);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((resolve) => server.once("listening", resolve));
const address = server.address();
if (address === null || typeof address === "string") throw new Error("no port");
const base = `http://127.0.0.1:${address.port}`;

const rows: [string, number][] = [];
for (const [name, path] of [
  ["bare Hono route", "/bare"],
  ["bare route, one event-loop turn", "/bare-async"],
  ["bare route reading the raw Request", "/bare-raw-request"],
  ["bare route returning a plain Response", "/bare-plain-response"],
  ["bare route doing both", "/bare-both"],
  ["tRPC query, no database, fetch adapter", "/trpc/ping"],
  ["tRPC query, batched form", "/trpc/ping?batch=1&input=%7B%7D"],
  ["tRPC query, response buffered", "/trpc-buffered/ping"],
] as const) {
  const result = await autocannon({ url: `${base}${path}`, connections: 50, duration: SECONDS });
  rows.push([name, result.requests.average]);
}
const baseline = rows[0]?.[1] ?? 1;
for (const [name, rps] of rows)
  console.log(`${name.padEnd(42)} ${rps.toFixed(0).padStart(7)} req/s  ${(rps / baseline).toFixed(2)}×`);
server.close();
