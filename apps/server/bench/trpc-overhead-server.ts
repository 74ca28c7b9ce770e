/**
 * The server half of `npm run bench:trpc`: bare Hono routes and one tRPC router
 * whose only procedure returns a constant (no database, no middleware), behind
 * tRPC's fetch adapter and behind ours. `/__cpu` reports this process's CPU
 * time, so the driver can charge each variant its own cost.
 */
import { serve } from "@hono/node-server";
import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { createTrpcHandler } from "../src/api/trpc-handler";

const t = initTRPC.create();
const router = t.router({ ping: t.procedure.query(() => ({ ok: true })) });
const pagewise = createTrpcHandler({ router, endpoint: "/pagewise", createContext: async () => ({}) });

const app = new Hono();
app.get("/__cpu", (c) => c.json(process.cpuUsage()));
app.get("/bare", (c) => c.json({ ok: true }));
// An async handler takes @hono/node-server's slower path (close listener, awaited Response), as every tRPC call does.
app.get("/bare-async", async (c) => c.json({ ok: true }));
// What any fetch-style handler needs: the raw Request touched, a plain Response returned.
app.get(
  "/bare-fetch-style",
  (c) =>
    new Response(JSON.stringify({ ok: c.req.raw.headers.has("host") }), {
      headers: { "content-type": "application/json" },
    }),
);
app.all("/trpc/*", (c) =>
  fetchRequestHandler({ endpoint: "/trpc", req: c.req.raw, router, createContext: () => ({}) }),
);
app.all("/pagewise/*", (c) => pagewise(c.req.raw));

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening on http://127.0.0.1:${info.port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
