import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/create-database";
import { DatabaseLockedError, DatabaseUnreachableError } from "../src/errors";
import { migrateToLatest } from "../src/migrate";
import { migrations } from "../src/migrations";
import { createTestDatabase, type TestDatabase, testDrivers } from "../src/testing";

describe.each(testDrivers())("createDatabase on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("uses the driver DESIGN.md's table names", () => {
    expect(database.driver).toBe(driver);
  });

  it("has applied every migration, and a second run applies nothing", async () => {
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["user", "session", "account", "verification"]));
    expect(await migrateToLatest(database.db)).toEqual({ applied: [] });
  });

  it("still refuses a database that has applied a migration this code does not know", async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-a-newer-release', now()::text)`.execute(
      database.db,
    );
    try {
      await expect(migrateToLatest(database.db)).rejects.toThrow(/9999-from-a-newer-release/);
    } finally {
      await sql`delete from kysely_migration where name = '9999-from-a-newer-release'`.execute(database.db);
    }
    expect(await migrateToLatest(database.db)).toEqual({ applied: [] });
  });

  it("keeps the rate-limit counters, and only they, out of the write-ahead log", async () => {
    const { rows } = await sql<{ relname: string }>`
      select relname from pg_class
      where relpersistence = 'u' and relkind = 'r' and relnamespace = 'public'::regnamespace
    `.execute(database.db);
    expect(rows.map((row) => row.relname)).toEqual(["request_rate"]);
  });

  it("commits and rolls back transactions", async () => {
    const user = (id: string) => ({ id, name: id, email: `${id}@example.com`, emailVerified: false });
    await database.db.transaction().execute((trx) => trx.insertInto("user").values(user("kept")).execute());
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx.insertInto("user").values(user("dropped")).execute();
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const ids = await database.db.selectFrom("user").select("id").orderBy("id").execute();
    expect(ids.map((row) => row.id)).toEqual(["kept"]);
  });

  it("keeps concurrent transactions apart", async () => {
    // On PGlite (one session) a query from outside must never land inside an open transaction.
    const outsider = database.db.selectFrom("user").select("id").where("id", "=", "tx").execute();
    const inside = database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("user")
        .values({ id: "tx", name: "tx", email: "tx@example.com", emailVerified: false })
        .execute();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("roll back");
    });
    const [outside] = await Promise.all([outsider, inside.catch(() => undefined)]);
    expect(outside).toEqual([]);
    expect(await database.db.selectFrom("user").select("id").where("id", "=", "tx").execute()).toEqual([]);
  });
});

// Connections belong to the network drivers: PGlite runs in-process (its reopening is tested on disk below).
describe.each(testDrivers().filter((driver) => driver !== "pglite"))("createDatabase connections on %s", (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("reopens the same database through a second connection", async () => {
    const again = await createDatabase(database.url, database.options);
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(again.db);
      expect(rows[0]?.n).toBe(Object.keys(migrations).length);
    } finally {
      await again.close();
    }
  });

  it("stays up when the server ends a connection a transaction holds, and reconnects", async () => {
    const cutOff = database.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      await sql`select pg_terminate_backend(${rows[0]?.pid ?? 0})`.execute(database.db);
      // The socket dies while this transaction holds the client between queries.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sql`select 1`.execute(trx);
    });
    await expect(cutOff).rejects.toThrow();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});

describe("createDatabase errors", () => {
  it("names DATABASE_URL and hides the password when the server cannot be reached", async () => {
    const error = await createDatabase("postgres://alice:hunter2@127.0.0.1:9/app").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect(String(error)).toMatch(/DATABASE_URL=postgres:\/\/alice:\*\*\*@127\.0\.0\.1:9\/app/);
    expect(String(error)).not.toContain("hunter2");
  });
});

describe("embedded database on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "pagewise-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps data across a restart", async () => {
    const first = await createDatabase(`pglite:${dir}`);
    await migrateToLatest(first.db);
    await first.db
      .insertInto("user")
      .values({ id: "u1", name: "Ada", email: "ada@example.com", emailVerified: true })
      .execute();
    await first.close();

    const second = await createDatabase(`pglite:${dir}`);
    try {
      expect(await second.db.selectFrom("user").select("name").execute()).toEqual([{ name: "Ada" }]);
    } finally {
      await second.close();
    }
  });

  it("refuses a data directory another live process holds", async () => {
    // The parent process (the test runner) is alive and is not us.
    writeFileSync(join(dir, "pagewise.pid"), String(process.ppid));
    await expect(createDatabase(`pglite:${dir}`)).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(createDatabase(`pglite:${dir}`)).rejects.toThrow(/in use by process/);
    rmSync(join(dir, "pagewise.pid"));
  });

  it("takes over a lock left by a process that is gone", async () => {
    writeFileSync(join(dir, "pagewise.pid"), "999999999");
    const database = await createDatabase(`pglite:${dir}`);
    await database.close();
  });
});

describe("DatabaseLockedError", () => {
  it("says which process holds the directory", () => {
    expect(new DatabaseLockedError("/d", 42).message).toMatch(/\/d is in use by process 42/);
  });
});
