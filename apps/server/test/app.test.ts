import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../src/testing";

describe.each(testDrivers())("the Hono app on %s", (driver) => {
  let database: TestDatabase;
  let server: TestApp;
  const webDistDir = mkdtempSync(join(tmpdir(), "pagewise-web-"));
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    writeFileSync(
      join(webDistDir, "index.html"),
      '<!doctype html><html><head><title>Pagewise</title></head><body><div id="root"></div></body></html>',
    );
    mkdirSync(join(webDistDir, "assets"));
    writeFileSync(join(webDistDir, "assets", "app-abc123.js"), "console.log(1)");
    server = await startTestApp(database, { webDistDir });
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
    rmSync(webDistDir, { recursive: true, force: true });
  });
  const get = (path: string) => fetch(`${server.url}${path}`);

  it("is live and ready", async () => {
    expect(await (await get("/healthz")).json()).toEqual({ status: "ok" });
    const ready = await get("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      database: "up",
      book: { state: "current", failedPages: 0 },
    });
  });

  it("answers tRPC queries, batched too", async () => {
    const single = await get("/trpc/health");
    expect(single.status).toBe(200);
    expect(await single.json()).toMatchObject({ result: { data: { status: "ok", database: { driver } } } });

    const batch = await get("/trpc/health,health?batch=1&input={}");
    const body = await batch.json();
    expect(Array.isArray(body) && body.length).toBe(2);
  });

  it("answers unknown procedures with a 404, not a 500", async () => {
    const response = await get("/trpc/nope");
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body).toMatchObject({ error: { data: { code: "NOT_FOUND" } } });
    expect(JSON.stringify(body)).not.toContain("stack");
  });

  it("answers unknown API paths with JSON 404", async () => {
    const response = await get("/api/missing");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("serves the SPA: assets cached for good, index.html for client routes, 404 for a missing page", async () => {
    const asset = await get("/assets/app-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");

    const home = await get("/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("<title>Pagewise</title>");
    const missing = await get("/docs/some/page");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<div id="root"></div>');
  });

  it("reports not ready when the database is gone", async () => {
    const gone = await createTestDatabase(driver);
    await gone.dispose();
    const goneServer = await startTestApp(gone);
    const response = await fetch(`${goneServer.url}/readyz`);
    await goneServer.close();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
  });
});
