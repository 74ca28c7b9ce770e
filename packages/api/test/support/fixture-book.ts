import { join } from "node:path";
import type { DocsSite } from "@pagewise/book";
import { createTestDatabase, type TestDatabase, type TestDriver } from "@pagewise/db/testing";
import { type BookOverrides, ingestDirectory } from "@pagewise/rag";
import { callTRPCProcedure } from "@trpc/server";
import { afterAll, beforeAll } from "vitest";
import { appRouter, createCallerFactory, createContext } from "../../src";

const createCaller = createCallerFactory(appRouter);
const fixtureDocs = join(import.meta.dirname, "../../../rag/test/fixtures/basic-docs");

export interface FixtureBook {
  readonly caller: ReturnType<typeof createCaller>;
  /** The book's database, to check what the procedures stored. */
  readonly db: TestDatabase["db"];
  /** Calls a query with input its types would refuse, as a client that does not use them can send. */
  untypedQuery(path: string, input: unknown): Promise<unknown>;
}

/**
 * For the enclosing describe block: a database on `driver` holding the rag package's small
 * fixture book, and callers with no session (public procedures).
 */
export function useFixtureBook(
  driver: TestDriver,
  options: { book?: BookOverrides; docsSite?: DocsSite } = {},
): FixtureBook {
  let database: TestDatabase | undefined;
  let context: ReturnType<typeof createContext> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, fixtureDocs);
    context = createContext({ database, book: options.book, docsSite: options.docsSite });
  });
  afterAll(() => database?.dispose());
  const ready = () => {
    if (!context) throw new Error("useFixtureBook: the callers exist once beforeAll has run");
    return context;
  };
  return {
    get caller() {
      return createCaller(ready());
    },
    get db() {
      return ready().db;
    },
    untypedQuery: (path, input) =>
      callTRPCProcedure({
        router: appRouter,
        path,
        getRawInput: async () => input,
        ctx: ready(),
        type: "query",
        signal: undefined,
        batchIndex: 0,
      }),
  };
}
