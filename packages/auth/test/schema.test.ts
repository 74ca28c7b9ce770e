import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { getMigrations } from "better-auth/db/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, createOutboxMailer } from "../src";

describe.each(testDrivers())("Better Auth's schema on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database?.dispose());

  it("is fully created by our committed migrations: Better Auth finds nothing to create or alter", async () => {
    const auth = createAuth({
      database,
      mailer: createOutboxMailer({ db: database.db }),
      config: {
        secret: randomBytes(32).toString("base64url"),
        baseUrl: "http://localhost:3000",
        trustedOrigins: [],
        secureCookies: false,
        requireEmailVerification: false,
        revealExistingAccounts: false,
        adminEmails: [],
        socialProviders: {},
        authRateLimitPerMinute: 5,
      },
    });
    const { toBeCreated, toBeAdded, toBeAddedIndexes } = await getMigrations(auth.options);
    expect({ toBeCreated, toBeAdded, toBeAddedIndexes }).toEqual({
      toBeCreated: [],
      toBeAdded: [],
      toBeAddedIndexes: [],
    });
  });
});
