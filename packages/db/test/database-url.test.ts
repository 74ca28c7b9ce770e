import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, redactUrl } from "../src/database-url";
import { DatabaseConfigError } from "../src/errors";
import { findProjectRoot } from "../src/project-root";

describe("parseDatabaseUrl", () => {
  it("defaults to PGlite under the project root's .data/pglite", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({
      driver: "pglite",
      dataDir: resolve(findProjectRoot(), ".data/pglite"),
    });
    expect(parseDatabaseUrl("  ")).toMatchObject({ driver: "pglite" });
  });

  it("reads pglite:memory and pglite:<dir>", () => {
    expect(parseDatabaseUrl("pglite:memory")).toEqual({ driver: "pglite", dataDir: undefined });
    expect(parseDatabaseUrl("pglite:/tmp/x")).toEqual({ driver: "pglite", dataDir: "/tmp/x" });
    expect(parseDatabaseUrl("pglite:data/db", { cwd: "/srv" })).toEqual({ driver: "pglite", dataDir: "/srv/data/db" });
  });

  it("chooses pg for ordinary Postgres and Neon for Neon hosts", () => {
    expect(parseDatabaseUrl("postgres://u@localhost/db").driver).toBe("pg");
    expect(parseDatabaseUrl("postgresql://u@db.internal:6543/db").driver).toBe("pg");
    expect(parseDatabaseUrl("postgres://u:p@ep-cool-1.eu-central-1.aws.neon.tech/db").driver).toBe("neon");
    expect(parseDatabaseUrl("postgres://u@localhost/db", { driver: "neon" }).driver).toBe("neon");
    expect(parseDatabaseUrl("postgres://u@x.neon.tech/db", { driver: "pg" }).driver).toBe("pg");
  });

  it("rejects what it cannot use with a message naming the variable", () => {
    expect(() => parseDatabaseUrl("mysql://u@h/db")).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => parseDatabaseUrl("not a url")).toThrow(DatabaseConfigError);
    expect(() => parseDatabaseUrl("pglite:")).toThrow(/pglite:memory/);
    expect(() => parseDatabaseUrl(undefined, { driver: "mysql" })).toThrow(/DATABASE_DRIVER/);
  });
});

describe("redactUrl", () => {
  it("masks the password and keeps the rest", () => {
    expect(redactUrl("postgres://alice:s3cret@db.example.com:5432/app")).toBe(
      "postgres://alice:***@db.example.com:5432/app",
    );
    expect(redactUrl("postgres://alice@db/app")).toBe("postgres://alice@db/app");
  });
});
