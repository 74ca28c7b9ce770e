import { type Kysely, type MigrationResult, Migrator } from "kysely";
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
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result: MigrationResult) => result.status === "Error");
    throw new MigrationFailedError(failed?.migrationName, error);
  }
  return { applied: results.filter((result) => result.status === "Success").map((result) => result.migrationName) };
}
