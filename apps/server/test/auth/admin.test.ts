import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimAdmin, startTestApp, type TestApp, type TestClient } from "../../src/testing";

const password = "admin test password";

describe.each(testDrivers())("admin on %s", (driver) => {
  let database: TestDatabase;
  let server: TestApp;
  let admin: TestClient;
  let mallory: TestClient;
  let malloryId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    server = await startTestApp(database, { auth: { adminEmails: ["root@example.com"] } });
    admin = server.client();
    await admin.post("/api/auth/sign-up/email", { name: "Root", email: "root@example.com", password });
    await claimAdmin(admin, database.db, "root@example.com", password);
    mallory = server.client();
    await mallory.post("/api/auth/sign-up/email", { name: "Mallory", email: "mallory@example.com", password });
    malloryId = (await mallory.session())?.user.id ?? "";
    for (const n of [1, 2, 3]) {
      await server
        .client()
        .post("/api/auth/sign-up/email", { name: `Reader ${n}`, email: `reader${n}@example.com`, password });
    }
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  it("makes verified ADMIN_EMAILS admins, and nobody else", async () => {
    expect((await admin.session())?.user.role).toBe("admin");
    expect((await mallory.session())?.user.role).toBe("user");
  });

  it("lets admins search and page through users; others get 403", async () => {
    const page = await (await admin.get("/api/auth/admin/list-users?limit=2&offset=0&sortBy=email")).json();
    expect(page).toMatchObject({ total: 5, limit: 2 });
    const search = await (
      await admin.get("/api/auth/admin/list-users?searchField=email&searchOperator=contains&searchValue=reader")
    ).json();
    expect(search).toMatchObject({ total: 3 });
    expect((await mallory.get("/api/auth/admin/list-users")).status).toBe(403);
  });

  it("changes roles", async () => {
    const reader = await database.db
      .selectFrom("user")
      .select("id")
      .where("email", "=", "reader1@example.com")
      .executeTakeFirstOrThrow();
    expect((await admin.post("/api/auth/admin/set-role", { userId: reader.id, role: "admin" })).status).toBe(200);
    expect((await mallory.post("/api/auth/admin/set-role", { userId: malloryId, role: "admin" })).status).toBe(403);
    const roles = await database.db
      .selectFrom("user")
      .select(["email", "role"])
      .where("role", "=", "admin")
      .orderBy("email")
      .execute();
    expect(roles.map((row) => row.email)).toEqual(["reader1@example.com", "root@example.com"]);
  });

  it("bans a user: their sessions end and they cannot sign in; unbanning lets them back", async () => {
    expect((await admin.post("/api/auth/admin/ban-user", { userId: malloryId, banReason: "spam" })).status).toBe(200);
    expect(await mallory.session({ fresh: true })).toBeNull();
    const signIn = await server.client().post("/api/auth/sign-in/email", { email: "mallory@example.com", password });
    expect(signIn.status).toBe(403);
    expect(await signIn.json()).toMatchObject({ code: "BANNED_USER" });

    expect((await admin.post("/api/auth/admin/unban-user", { userId: malloryId })).status).toBe(200);
    expect((await mallory.post("/api/auth/sign-in/email", { email: "mallory@example.com", password })).status).toBe(
      200,
    );
  });

  it("revokes all of a user's sessions", async () => {
    expect((await admin.post("/api/auth/admin/revoke-user-sessions", { userId: malloryId })).status).toBe(200);
    expect(await mallory.session({ fresh: true })).toBeNull();
  });
});

describe("npm run admin", () => {
  const dir = mkdtempSync(join(tmpdir(), "pagewise-admin-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/admin.ts", ...args], {
      env: { ...process.env, DATABASE_URL: `pglite:${dir}` },
    });

  it("grants and revokes the admin role, and explains a missing account", async () => {
    const database = await createDatabase(`pglite:${dir}`);
    await migrateToLatest(database.db);
    await database.db
      .insertInto("user")
      .values({ id: "u1", name: "Grace", email: "grace@example.com", emailVerified: true, role: "user" })
      .execute();
    await database.close();

    expect((await run("grant", "Grace@Example.com")).stdout).toContain("grace@example.com is now an admin");
    expect((await run("list")).stdout).toContain("grace@example.com");
    expect((await run("revoke", "grace@example.com")).stdout).toContain("no longer an admin");
    await expect(run("grant", "nobody@example.com")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("No account"),
    });
    await expect(run("promote")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Usage") });
  });
});
