import { testDrivers } from "@pagewise/db/testing";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const password = "delete me carefully";

describe.each(testDrivers())("account deletion on %s", (driver) => {
  const app = useTestApp(driver);

  it("needs the password, then removes every row that belongs to the user and anonymises their auth log", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Del", email: "del@example.com", password });
    await app.server.client().post("/api/auth/sign-in/email", { email: "del@example.com", password });
    await app.server.client().post("/api/auth/request-password-reset", { email: "del@example.com" });
    const userId = (await browser.session())?.user.id ?? "";
    const bystander = app.server.client();
    await bystander.post("/api/auth/sign-up/email", { name: "Stay", email: "stay@example.com", password });

    const rowsOf = async () => ({
      users: await app.database.db.selectFrom("user").select("id").where("id", "=", userId).execute(),
      sessions: await app.database.db.selectFrom("session").select("id").where("userId", "=", userId).execute(),
      accounts: await app.database.db.selectFrom("account").select("id").where("userId", "=", userId).execute(),
      events: await app.database.db.selectFrom("auth_event").select("id").where("user_id", "=", userId).execute(),
      mail: await app.database.db
        .selectFrom("mail_outbox")
        .select("id")
        .where("to_address", "=", "del@example.com")
        .execute(),
    });
    const before = await rowsOf();
    expect(before.sessions.length).toBeGreaterThanOrEqual(2);
    expect(before.events.length).toBeGreaterThanOrEqual(2);
    expect(before.mail.length).toBe(1);

    const withoutPassword = await browser.post("/api/auth/delete-user", {});
    expect(withoutPassword.status).toBe(400);
    expect(await withoutPassword.json()).toMatchObject({ code: "PASSWORD_REQUIRED" });
    const wrongPassword = await browser.post("/api/auth/delete-user", { password: "not my password" });
    expect(wrongPassword.status).toBe(400);
    expect((await rowsOf()).users).toHaveLength(1);

    const deleted = await browser.post("/api/auth/delete-user", { password });
    expect(deleted.status).toBe(200);
    expect(await rowsOf()).toEqual({ users: [], sessions: [], accounts: [], events: [], mail: [] });
    expect(await browser.session({ fresh: true })).toBeNull();

    // The events stay for the statistics, with nothing that points back at the person.
    const leftovers = await app.database.db
      .selectFrom("auth_event")
      .select(["kind", "user_id", "ip_hash", "user_agent"])
      .where(
        "id",
        "in",
        before.events.map((event) => event.id),
      )
      .execute();
    expect(leftovers.length).toBe(before.events.length);
    for (const event of leftovers) expect(event).toMatchObject({ user_id: null, ip_hash: null, user_agent: null });

    expect(await bystander.session({ fresh: true })).toMatchObject({ user: { email: "stay@example.com" } });
  });
});
