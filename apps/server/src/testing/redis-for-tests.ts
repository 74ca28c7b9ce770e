import { testDrivers } from "@pagewise/db/testing";

/**
 * TEST_REDIS_URL, for a suite that needs a real Redis and a real Postgres
 * (server processes cannot share an embedded database). Undefined when either
 * is missing: the suite says why and skips, except under CI=true, where a
 * missing service is a failure.
 */
export function redisAndPostgresForTests(suite: string): string | undefined {
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl && testDrivers().includes("pg")) return redisUrl;
  const why = `${suite} needs TEST_REDIS_URL and TEST_DATABASE_URL.`;
  if (process.env.CI === "true") throw new Error(`${why} CI must set both.`);
  console.warn(`${why} Skipped.`);
  return undefined;
}
