import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppRouter } from "@pagewise/api";
import { createTestDatabase, startNeonBridge, testDrivers } from "@pagewise/db/testing";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../src/testing/server-process";

function client(url: string) {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${url}/trpc` })] });
}

describe("the built server on the embedded database", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-server-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("answers health over tRPC, then exits 0 on SIGTERM and releases the database", async () => {
    const server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}` });
    const health = await client(server.url).health.query();
    expect(health).toMatchObject({ status: "ok", database: { driver: "pglite", status: "up" } });
    expect(server.output()).toContain("Applied migration 0001-auth-core");
    // The book (the project's own docs/) is read into the search index before the server listens.
    expect(server.output()).toMatch(/Search index ready: [1-9]\d* chunks in \d+\.\d s\./);

    expect(await server.stop("SIGTERM")).toBe(0);
    expect(readdirSync(dataDir)).not.toContain("pagewise.pid");
  });

  it("keeps its data across a restart (nothing left to migrate) and stops on SIGINT", async () => {
    const server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}` });
    expect(server.output()).not.toContain("Applied migration");
    expect(await server.stop("SIGINT")).toBe(0);
  });
});

describe("start-up errors", () => {
  it("refuses to start in production without a strong BETTER_AUTH_SECRET", async () => {
    await expect(startServerProcess({ NODE_ENV: "production", DATABASE_URL: "pglite:memory" })).rejects.toThrow(
      /BETTER_AUTH_SECRET is required in production/,
    );
    await expect(
      startServerProcess({ NODE_ENV: "production", DATABASE_URL: "pglite:memory", BETTER_AUTH_SECRET: "tooshort" }),
    ).rejects.toThrow(/BETTER_AUTH_SECRET is too short/);
  });

  it("names a bad variable and exits 1", async () => {
    await expect(startServerProcess({ PORT: "eighty" })).rejects.toThrow(/PORT must be a number \(got "eighty"\)/);
  });

  it("names DATABASE_URL without its password when the database is unreachable", async () => {
    const failure = startServerProcess({ DATABASE_URL: "postgres://app:topsecret@127.0.0.1:9/app" });
    await expect(failure).rejects.toThrow(/DATABASE_URL=postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/app/);
    await expect(failure).rejects.not.toThrow(/topsecret/);
  });
});

const networkDrivers = testDrivers().filter((driver) => driver !== "pglite");
describe.runIf(networkDrivers.length > 0).each(networkDrivers)("the built server on %s", (driver) => {
  it("migrates, answers health and shuts down cleanly", async () => {
    const database = await createTestDatabase(driver);
    const bridge = driver === "neon" ? await startNeonBridge() : undefined;
    try {
      const server = await startServerProcess({
        DATABASE_URL: database.url,
        ...(bridge ? { DATABASE_DRIVER: "neon", NEON_WS_PROXY: bridge.proxy } : {}),
      });
      expect(await client(server.url).health.query()).toMatchObject({ database: { driver, status: "up" } });
      expect(server.output()).toContain(`driver: ${driver}`);
      expect(await server.stop()).toBe(0);
    } finally {
      await bridge?.close();
      await database.dispose();
    }
  });
});
