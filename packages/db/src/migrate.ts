import { type Kysely, sql } from "kysely";
import { type MigrationResult, Migrator } from "kysely/migration";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export class MigrationFailedError extends Error {
  override readonly name = "MigrationFailedError";

  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migrationName ?? "(unknown)"} failed: ${reason}. No migration in this run was applied.`, {
      cause,
    });
  }
}

export interface MigrationSummary {
  applied: string[];
}

/**
 * Applies every pending migration in order. On Postgres they run in one
 * transaction under Kysely's migration lock, so a failure applies none of them
 * and two processes starting at once do not race.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationSummary> {
  // A restart finds every migration applied: one read says so, where the Migrator would read the
  // catalog twice and take its lock. Anything else (a pending or an unknown migration) is its to judge.
  if (await appliedExactly(db, Object.keys(migrations))) return { applied: [] };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result: MigrationResult) => result.status === "Error");
    throw new MigrationFailedError(failed?.migrationName, error);
  }
  return { applied: results.filter((result) => result.status === "Success").map((result) => result.migrationName) };
}

/** Whether the database has applied exactly these migrations (by name), no more and no fewer. */
async function appliedExactly(db: Kysely<Database>, names: readonly string[]): Promise<boolean> {
  const { rows: tables } = await sql<{
    found: boolean;
  }>`select to_regclass('kysely_migration') is not null as found`.execute(db);
  if (tables[0]?.found !== true) return false;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const applied = new Set(rows.map((row) => row.name));
  return applied.size === names.length && names.every((name) => applied.has(name));
}
