import { grantAdmin, revokeAdmin } from "@pagewise/auth";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { claimAdmin, trpcClientFor, useTestApp, verifyEmail } from "../../src/testing";

const password = "admin powers password";
const squatterPassword = "the squatter's password";

/**
 * ADMIN_EMAILS promotes an address only once its owner has claimed it through a
 * password reset (which ends a squatter's sessions and password); the
 * sign-up answer never tells a role; the admin plugin's powers Pagewise does
 * not offer are switched off; and every admin action is in the auth log.
 */
describe("admin promotion and powers", () => {
  const app = useTestApp("pglite", { auth: { adminEmails: ["owner@example.com"] } });

  it("gives a squatter of an ADMIN_EMAILS address no role, not even once the owner opens a verification link", async () => {
    const squatter = app.server.client();
    const signUp = await squatter.post("/api/auth/sign-up/email", {
      name: "Sq",
      email: "owner@example.com",
      password: squatterPassword,
    });
    expect(signUp.status).toBe(200);
    expect(await squatter.cookieNames()).toContain("better-auth.session_token");
    expect(await signUp.text()).not.toContain('"role"');
    // The squatter asks for a verification mail to the real owner, who (or whose mail scanner) opens it.
    await verifyEmail(app.server.client(), app.database.db, "owner@example.com");
    expect((await squatter.session({ fresh: true }))?.user.role).toBe("user");
    expect((await squatter.get("/trpc/admin.stats")).status).toBe(403);
    const again = app.server.client();
    await again.post("/api/auth/sign-in/email", { email: "owner@example.com", password: squatterPassword });
    expect((await again.session({ fresh: true }))?.user.role).toBe("user");
    const roleChanges = await app.database.db
      .selectFrom("auth_event")
      .select("kind")
      .where("kind", "=", "role_changed")
      .execute();
    expect(roleChanges).toEqual([]);
  });

  it("lets the owner claim the role through a password reset, which ends the squatter's sessions and password", async () => {
    const squatter = app.server.client();
    await squatter.post("/api/auth/sign-in/email", { email: "owner@example.com", password: squatterPassword });
    expect(await squatter.session({ fresh: true })).not.toBeNull();

    const owner = app.server.client();
    await claimAdmin(owner, app.database.db, "owner@example.com", password);
    const session = await owner.session({ fresh: true });
    expect(session?.user.role).toBe("admin");
    const account = await app.database.db
      .selectFrom("user")
      .select("emailVerified")
      .where("email", "=", "owner@example.com")
      .executeTakeFirstOrThrow();
    expect(account.emailVerified).toBe(true);
    expect(await squatter.session({ fresh: true })).toBeNull();
    const stale = await app.server
      .client()
      .post("/api/auth/sign-in/email", { email: "owner@example.com", password: squatterPassword });
    expect(stale.status).toBe(401);
    const ownerId = z.string().parse(session?.user.id);
    const roleChanges = await app.database.db
      .selectFrom("auth_event")
      .select(["user_id", "actor_id"])
      .where("kind", "=", "role_changed")
      .execute();
    expect(roleChanges).toEqual([{ user_id: ownerId, actor_id: ownerId }]);
  });

  it("logs the command line's grants and revocations as role changes", async () => {
    const reader = app.server.client();
    await reader.post("/api/auth/sign-up/email", { name: "R", email: "cli@example.com", password });
    expect(await grantAdmin(app.database.db, ["cli@example.com", "nobody@example.com"])).toEqual({
      missing: ["nobody@example.com"],
    });
    expect(await grantAdmin(app.database.db, ["cli@example.com"])).toEqual({ missing: [] });
    expect(await revokeAdmin(app.database.db, "cli@example.com")).toBe(true);
    const userId = z.string().parse((await reader.session())?.user.id);
    const events = await app.database.db
      .selectFrom("auth_event")
      .select(["kind", "actor_id"])
      .where("user_id", "=", userId)
      .where("kind", "=", "role_changed")
      .execute();
    // Granting an admin again changes nothing, so it is not logged.
    expect(events).toEqual([
      { kind: "role_changed", actor_id: null },
      { kind: "role_changed", actor_id: null },
    ]);
  });

  it.each([
    ["impersonate-user", { userId: "x" }],
    ["set-user-password", { userId: "x", newPassword: "a new password here" }],
    ["update-user", { userId: "x", data: { email: "taken@example.com" } }],
    ["create-user", { email: "new@example.com", password, name: "New" }],
    ["remove-user", { userId: "x" }],
    ["list-user-sessions", { userId: "x" }],
  ])("switches off /api/auth/admin/%s, even for an admin", async (path, body) => {
    const owner = app.server.client();
    await owner.post("/api/auth/sign-in/email", { email: "owner@example.com", password });
    expect((await owner.session())?.user.role).toBe("admin");
    const response = await owner.post(`/api/auth/admin/${path}`, body);
    expect(response.status).toBe(404);
  });

  it("records every admin action with who, what, on whom and when, and lists them for admins", async () => {
    const owner = app.server.client();
    await owner.post("/api/auth/sign-in/email", { email: "owner@example.com", password });
    const target = app.server.client();
    await target.post("/api/auth/sign-up/email", { name: "T", email: "target@example.com", password });
    const targetId = z.string().parse((await target.session())?.user.id);
    const ownerId = z.string().parse((await owner.session())?.user.id);

    const admin = trpcClientFor(owner).admin;
    await admin.setRole.mutate({ userId: targetId, role: "admin" });
    await admin.setRole.mutate({ userId: targetId, role: "user" });
    await admin.banUser.mutate({ userId: targetId });
    await admin.unbanUser.mutate({ userId: targetId });
    await admin.revokeUserSessions.mutate({ userId: targetId });
    await owner.post("/api/auth/admin/ban-user", { userId: targetId });

    const events = await app.database.db
      .selectFrom("auth_event")
      .select(["kind", "user_id", "actor_id", "created_at"])
      .where("actor_id", "is not", null)
      .where("user_id", "=", targetId)
      .orderBy("created_at")
      .execute();
    expect(events.map((event) => event.kind)).toEqual([
      "role_changed",
      "role_changed",
      "user_banned",
      "user_unbanned",
      "user_sessions_revoked",
      "user_banned",
    ]);
    for (const event of events) expect(event).toMatchObject({ user_id: targetId, actor_id: ownerId });

    const listed = await admin.actions.query({ limit: 3, offset: 0 });
    // The six, and the owner's own claim of the role.
    expect(listed.total).toBe(7);
    expect(listed.actions[0]).toMatchObject({ kind: "user_banned", by: "owner@example.com", on: "target@example.com" });
    expect(listed.actions).toHaveLength(3);
    expect((await target.get("/trpc/admin.actions")).status).toBeGreaterThanOrEqual(401);
  });
});
