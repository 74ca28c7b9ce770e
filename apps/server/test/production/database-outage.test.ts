import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess, startTcpProxyFor, type TcpProxy, TestClient } from "../../src/testing";

const canCut = testDrivers().includes("pg");

describe.runIf(canCut)("when the database goes away (pg through a TCP proxy)", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase("pg");
    const proxied = await startTcpProxyFor(database.url, 5432);
    proxy = proxied.proxy;
    server = await startServerProcess({ DATABASE_URL: proxied.url });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.dispose();
  });

  it("answers 503 with a clear JSON error, stays up, and recovers by itself", async () => {
    const browser = new TestClient(server.url);
    const signUp = await browser.signUp({
      name: "O",
      email: "o@example.com",
      password: "outage password",
    });
    expect(signUp.status).toBe(200);
    expect((await browser.get("/api/v1/profile")).status).toBe(200);

    await proxy.cut();
    const ready = await browser.get("/readyz");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable", database: "down" });

    for (const response of [
      await browser.get("/api/v1/profile"),
      await browser.post("/api/v1/query", { question: "sessions" }),
      await browser.get(`/trpc/profile.get?input=${encodeURIComponent("{}")}`),
      await browser.post("/api/auth/sign-in/email", { email: "o@example.com", password: "outage password" }),
    ]) {
      expect(response.status).toBe(503);
      expect(JSON.stringify(await response.json())).toMatch(/database is unavailable/i);
    }
    expect((await browser.get("/healthz")).status).toBe(200);
    expect(server.child.exitCode).toBeNull();

    await proxy.restore();
    await expect.poll(async () => (await browser.get("/readyz")).status, { timeout: 15_000 }).toBe(200);
    expect((await browser.get("/api/v1/profile")).status).toBe(200);
    expect(
      (await browser.post("/api/auth/sign-in/email", { email: "o@example.com", password: "outage password" })).status,
    ).toBe(200);
  });

  it("answers 503, not a hang, when the database stops answering (a network black hole)", async () => {
    const browser = new TestClient(server.url);
    const credentials = { email: "hole@example.com", password: "black hole password" };
    expect((await browser.signUp({ name: "H", ...credentials })).status).toBe(200);

    proxy.stall();
    // Each waits for the database's connection timeout (5 s), then says what is wrong.
    const profile = await browser.get("/api/v1/profile");
    expect(profile.status).toBe(503);
    expect(JSON.stringify(await profile.json())).toMatch(/database is unavailable/i);
    expect((await browser.get("/readyz")).status).toBe(503);

    await proxy.restore();
    await expect.poll(async () => (await browser.get("/readyz")).status, { timeout: 15_000 }).toBe(200);
    expect((await browser.get("/api/v1/profile")).status).toBe(200);
  }, 30_000);
});
