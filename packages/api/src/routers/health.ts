import { sql } from "kysely";
import { publicProcedure } from "../trpc";

/** Server time and whether the database answers; never fails, so the SPA can always show it. */
export const health = publicProcedure.query(async ({ ctx }) => {
  const started = performance.now();
  let database: { status: "up"; latencyMs: number } | { status: "down"; error: string };
  try {
    await sql`select 1`.execute(ctx.db);
    database = { status: "up", latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch {
    database = { status: "down", error: "The database did not answer" };
  }
  return {
    status: database.status === "up" ? ("ok" as const) : ("degraded" as const),
    time: new Date().toISOString(),
    database: { driver: ctx.databaseDriver, ...database },
  };
});
