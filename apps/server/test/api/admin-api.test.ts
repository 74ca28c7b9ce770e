import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimAdmin, startTestApp, type TestApp, type TestClient, trpcClientFor } from "../../src/testing";

const password = "admin api password";

describe("admin procedures", () => {
  let database: TestDatabase;
  let server: TestApp;
  let admin: TestClient;
  let reader: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    server = await startTestApp(database, { auth: { adminEmails: ["chief@example.com"] } });
    admin = server.client();
    await admin.post("/api/auth/sign-up/email", { name: "Chief", email: "chief@example.com", password });
    await claimAdmin(admin, database.db, "chief@example.com", password);
    reader = server.client();
    await reader.post("/api/auth/sign-up/email", { name: "Reader", email: "reader@example.com", password });
    await trpcClientFor(reader).profile.upsert.mutate({ consentGiven: true });
    for (const n of [1, 2, 3, 4]) {
      await server
        .client()
        .post("/api/auth/sign-up/email", { name: `Pat ${n}`, email: `pat${n}@example.com`, password });
    }
    await server.client().post("/api/auth/sign-in/email", { email: "pat1@example.com", password: "wrong password" });
  });
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  it("reports aggregate statistics without personal data", async () => {
    const stats = await trpcClientFor(admin).admin.stats.query();
    expect(stats.users).toMatchObject({ total: 6, admins: 1, banned: 0, signedUpInPeriod: 6 });
    expect(stats.consentRate).toBeCloseTo(1 / 6);
    const today = new Date().toISOString().slice(0, 10);
    expect(stats.signUpsPerDay).toEqual([{ day: today, count: 6 }]);
    expect(stats.authFailuresPerDay).toEqual([{ day: today, count: 1 }]);
    expect(JSON.stringify(stats)).not.toMatch(/@example\.com|Chief|Reader/);
  });

  it("searches and pages users, treating wildcards literally", async () => {
    const api = trpcClientFor(admin).admin;
    const page = await api.listUsers.query({ search: "pat", limit: 3, offset: 0 });
    expect(page.total).toBe(4);
    expect(page.users).toHaveLength(3);
    const rest = await api.listUsers.query({ search: "pat", limit: 3, offset: 3 });
    expect(rest.users).toHaveLength(1);
    expect(new Set([...page.users, ...rest.users].map((user) => user.email)).size).toBe(4);
    expect((await api.listUsers.query({ search: "%", limit: 10, offset: 0 })).total).toBe(0);
  });

  it("bans and unbans, changes roles and revokes sessions through Better Auth", async () => {
    const api = trpcClientFor(admin).admin;
    const target = (await reader.session())?.user.id ?? "";
    await api.banUser.mutate({ userId: target, reason: "testing" });
    expect(await reader.session({ fresh: true })).toBeNull();
    expect(
      (await server.client().post("/api/auth/sign-in/email", { email: "reader@example.com", password })).status,
    ).toBe(403);
    await api.unbanUser.mutate({ userId: target });
    expect((await reader.post("/api/auth/sign-in/email", { email: "reader@example.com", password })).status).toBe(200);

    await api.setRole.mutate({ userId: target, role: "admin" });
    expect(
      (await database.db.selectFrom("user").select("role").where("id", "=", target).executeTakeFirstOrThrow()).role,
    ).toBe("admin");
    await api.revokeUserSessions.mutate({ userId: target });
    expect(await reader.session({ fresh: true })).toBeNull();
  });

  it("refuses readers with FORBIDDEN and visitors with UNAUTHORIZED", async () => {
    const someone = server.client();
    await someone.post("/api/auth/sign-up/email", { name: "Nope", email: "nope@example.com", password });
    expect(
      (
        await trpcClientFor(someone)
          .admin.stats.query()
          .catch((e) => e)
      ).data?.code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await trpcClientFor(server.client())
          .admin.stats.query()
          .catch((e) => e)
      ).data?.code,
    ).toBe("UNAUTHORIZED");
  });
});
