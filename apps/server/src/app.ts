import { appRouter, createContext } from "@pagewise/api";
import type { PagewiseDatabase } from "@pagewise/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { sql } from "kysely";
import { serveWeb } from "./serve-web";

export interface AppDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
  /** The SPA's build to serve at every other path; none in development (Vite serves it). */
  webDistDir?: string | undefined;
}

/** The whole HTTP surface as one Hono app: the same app runs under Node or any fetch runtime. */
export function createApp({ database, webDistDir }: AppDependencies): Hono {
  const app = new Hono();

  app.get("/healthz", (c) => c.json({ status: "ok" }));

  app.get("/readyz", async (c) => {
    try {
      await sql`select 1`.execute(database.db);
      return c.json({ status: "ready", database: "up" });
    } catch {
      return c.json({ status: "unavailable", database: "down" }, 503);
    }
  });

  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      createContext: () => createContext({ database }),
    }),
  );

  // Unknown API paths answer JSON, never the SPA's index.html.
  app.all("/api/*", (c) => c.json({ error: { code: "NOT_FOUND", message: `No route for ${c.req.path}` } }, 404));

  if (webDistDir !== undefined) serveWeb(app, webDistDir);
  return app;
}
