import { join } from "node:path";
import { createTestDatabase, type TestDatabase, type TestDriver } from "@pagewise/db/testing";
import { ingestDirectory } from "@pagewise/rag";
import { afterAll, beforeAll } from "vitest";
import { appRouter, createCallerFactory, createContext } from "../../src";

const createCaller = createCallerFactory(appRouter);
const fixtureDocs = join(import.meta.dirname, "../../../rag/test/fixtures/basic-docs");

/**
 * For the enclosing describe block: a database on `driver` holding the rag package's small
 * fixture book, and a caller with no session (public procedures).
 */
export function useFixtureBook(driver: TestDriver): { readonly caller: ReturnType<typeof createCaller> } {
  let database: TestDatabase | undefined;
  let caller: ReturnType<typeof createCaller> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, fixtureDocs);
    caller = createCaller(createContext({ database }));
  });
  afterAll(() => database?.dispose());
  return {
    get caller() {
      if (!caller) throw new Error("useFixtureBook: the caller exists once beforeAll has run");
      return caller;
    },
  };
}
