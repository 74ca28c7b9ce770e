import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabase, type PagewiseDatabase } from "../create-database";
import { migrateToLatest } from "../migrate";
import { type NeonBridge, startNeonBridge } from "./neon-bridge";

export type TestDriver = "pglite" | "pg" | "neon";

export interface TestDatabase extends PagewiseDatabase {
  /** The URL the database lives at ("pglite:memory" for the embedded one). */
  url: string;
  /** Extra options createDatabase needs to reach it again (the Neon bridge). */
  options: { driver?: string; neonWsProxy?: string };
  /** Closes the connection and drops the database. */
  dispose(): Promise<void>;
}

/**
 * Which drivers database tests run on: PGlite always; `pg` and the Neon
 * serverless driver too when TEST_DATABASE_URL names a real Postgres. Under
 * CI=true a missing TEST_DATABASE_URL is an error, not a silent skip.
 */
export function testDrivers(): TestDriver[] {
  if (process.env.TEST_DATABASE_URL) return ["pglite", "pg", "neon"];
  const why = "TEST_DATABASE_URL is not set: database tests run on PGlite only, not on pg or Neon.";
  if (process.env.CI === "true") throw new Error(`${why} CI must set it.`);
  if (!warned) {
    warned = true;
    console.warn(why);
  }
  return ["pglite"];
}
let warned = false;

/**
 * A migrated database of its own for one test file: an in-memory PGlite, or a
 * uniquely named database created on TEST_DATABASE_URL's server.
 */
export async function createTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const database = await createDatabase("pglite:memory");
    await migrateToLatest(database.db);
    return { ...database, url: "pglite:memory", options: {}, dispose: database.close };
  }

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error(`TEST_DATABASE_URL is needed for ${driver} tests`);
  const name = `pagewise_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);

  const bridge = driver === "neon" ? await sharedBridge() : undefined;
  const options = bridge ? { driver: "neon", neonWsProxy: bridge.proxy } : {};
  const database = await createDatabase(url, options);
  await migrateToLatest(database.db);
  return {
    ...database,
    url,
    options,
    async dispose() {
      await database.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

// One bridge per test process; it dies with the process.
let bridge: Promise<NeonBridge> | undefined;
function sharedBridge(): Promise<NeonBridge> {
  bridge ??= startNeonBridge();
  return bridge;
}
