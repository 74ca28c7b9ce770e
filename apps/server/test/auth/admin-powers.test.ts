import { grantAdmin } from "@pagewise/auth";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { trpcClientFor, useTestApp, verifyEmail } from "../../src/testing";

const password = "admin powers password";

/**
 * ADMIN_EMAILS promotes an address only once its owner has proved it; the
 * sign-up answer never tells a role; the admin plugin's powers Pagewise does
 * not offer are switched off; and every admin action is in the auth log.
 */
describe("admin promotion and powers", () => {
  const app = useTestApp("pglite", { auth: { adminEmails: ["owner@example.com"] } });

  it("does not make an unverified ADMIN_EMAILS address an admin, nor say a role at sign-up", async () => {
    const squatter = app.server.client();
    const signUp = await squatter.post("/api/auth/sign-up/email", { name: "Sq", email: "owner@example.com", password });
    expect(signUp.status).toBe(200);
    expect(await squatter.cookieNames()).toContain("better-auth.session_token");
    const body = await signUp.text();
    expect(body).not.toContain('"role"');
    expect((await squatter.session({ fresh: true }))?.user.role).toBe("user");
    expect((await squatter.get("/trpc/admin.stats")).status).toBe(403);

    // Start-up promotion (ADMIN_EMAILS) skips the unverified account too.
    expect(await grantAdmin(app.database.db, ["owner@example.com"], { verifiedOnly: true })).toEqual({
      missing: ["owner@example.com"],
    });
  });

  it("makes it an admin once the address is verified", async () => {
    const owner = app.server.client();
    await owner.post("/api/auth/sign-in/email", { email: "owner@example.com", password });
    await verifyEmail(owner, app.database.db, "owner@example.com");
    expect((await owner.session({ fresh: true }))?.user.role).toBe("admin");
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
    expect(listed.total).toBe(6);
    expect(listed.actions[0]).toMatchObject({ kind: "user_banned", by: "owner@example.com", on: "target@example.com" });
    expect(listed.actions).toHaveLength(3);
    expect((await target.get("/trpc/admin.actions")).status).toBeGreaterThanOrEqual(401);
  });
});
