import { createDatabase, type Database, migrateToLatest } from "@pagewise/db";
import type { Kysely } from "kysely";

/**
 * Migrates the database at `url` and writes rows into it, then closes it: for a server process
 * that should start on data a test chose (an embedded database has one process at a time).
 */
export async function prepareDatabase(url: string, seed: (db: Kysely<Database>) => Promise<void>): Promise<void> {
  const database = await createDatabase(url);
  try {
    await migrateToLatest(database.db);
    await seed(database.db);
  } finally {
    await database.close();
  }
}
