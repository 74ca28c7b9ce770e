import { createTestDatabase, type TestDatabase, type TestDriver } from "@pagewise/db/testing";
import { afterAll, beforeAll } from "vitest";
import { startTestApp, type TestApp, type TestAppOptions } from "./test-app";

export interface TestAppFixture {
  readonly database: TestDatabase;
  readonly server: TestApp;
}

/**
 * A migrated database of its own and the real app listening on it, for the
 * enclosing `describe`: created before its tests, closed after them.
 */
export function useTestApp(driver: TestDriver, options: TestAppOptions = {}): TestAppFixture {
  let database: TestDatabase | undefined;
  let server: TestApp | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    server = await startTestApp(database, options);
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });
  return {
    get database() {
      if (!database) throw new Error("useTestApp: the database exists only inside tests");
      return database;
    },
    get server() {
      if (!server) throw new Error("useTestApp: the server exists only inside tests");
      return server;
    },
  };
}
