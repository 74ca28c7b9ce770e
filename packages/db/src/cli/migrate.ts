/**
 * `npm run db:migrate`: applies pending migrations to the database DATABASE_URL
 * names (the embedded one when unset) and prints what it did.
 */
import { createDatabase } from "../create-database";
import { migrateToLatest } from "../migrate";

async function main(): Promise<void> {
  const database = await createDatabase(process.env.DATABASE_URL, {
    driver: process.env.DATABASE_DRIVER,
    neonWsProxy: process.env.NEON_WS_PROXY,
  });
  try {
    console.log(`Migrating ${database.description} (driver: ${database.driver})`);
    const { applied } = await migrateToLatest(database.db);
    if (applied.length === 0) console.log("Already up to date.");
    for (const name of applied) console.log(`  applied ${name}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
