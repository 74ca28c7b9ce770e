import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createContext } from "../src";

const createCaller = createCallerFactory(appRouter);

describe.each(testDrivers())("health on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database?.dispose());

  it("reports the server time and a reachable database", async () => {
    const before = Date.now();
    const result = await createCaller(createContext({ database })).health();
    expect(result.status).toBe("ok");
    expect(Date.parse(result.time)).toBeGreaterThanOrEqual(before - 1000);
    expect(result.database).toMatchObject({ driver, status: "up" });
  });

  it("reports a database that stopped answering instead of failing", async () => {
    const closed = await createTestDatabase(driver);
    await closed.dispose();
    const result = await createCaller(createContext({ database: closed })).health();
    expect(result).toMatchObject({ status: "degraded", database: { status: "down" } });
  });
});
