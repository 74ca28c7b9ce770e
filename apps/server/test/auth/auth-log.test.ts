import { pruneAuthEvents } from "@pagewise/auth";
import { testDrivers } from "@pagewise/db/testing";
import { describe, expect, it } from "vitest";
import { claimAdmin, useTestApp } from "../../src/testing";

const password = "auth log password";
const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

describe.each(testDrivers())("the privacy-preserving auth log on %s", (driver) => {
  const app = useTestApp(driver, { auth: { adminEmails: ["boss@example.com"] } });

  it("records each kind of event with a hashed IP and a coarse user agent, never emails or IPs", async () => {
    const browser = app.server.client({ ip: "203.0.113.7" });
    const headers = { "user-agent": chrome };
    await browser.post("/api/auth/sign-up/email", { name: "Lu", email: "lu@example.com", password }, { headers });
    await browser.post("/api/auth/sign-out", {}, { headers });
    await browser.post("/api/auth/sign-in/email", { email: "lu@example.com", password: "wrong password" }, { headers });
    await browser.post("/api/auth/sign-in/email", { email: "lu@example.com", password }, { headers });
    await browser.post("/api/auth/request-password-reset", { email: "lu@example.com" }, { headers });
    const luId = (await browser.session())?.user.id ?? "";

    const boss = app.server.client();
    await boss.post("/api/auth/sign-up/email", { name: "Boss", email: "boss@example.com", password });
    await claimAdmin(boss, app.database.db, "boss@example.com", password);
    await boss.post("/api/auth/admin/ban-user", { userId: luId });
    await boss.post("/api/auth/admin/unban-user", { userId: luId });

    const events = await app.database.db.selectFrom("auth_event").selectAll().orderBy("created_at").execute();
    const kindsOfLu = events.filter((event) => event.user_id === luId).map((event) => event.kind);
    expect(kindsOfLu).toEqual(["sign_up", "sign_out", "sign_in", "user_banned", "user_unbanned"]);
    expect(events.map((event) => event.kind)).toEqual(
      expect.arrayContaining(["sign_in_failed", "password_reset_requested"]),
    );

    const fromBrowser = events.filter((event) => event.user_agent === "Chrome on Linux");
    expect(fromBrowser.length).toBe(5);
    const hashes = new Set(fromBrowser.map((event) => event.ip_hash));
    expect(hashes.size).toBe(1);
    const serialised = JSON.stringify(events);
    for (const secret of ["203.0.113.7", "lu@example.com", password, "Mozilla"])
      expect(serialised).not.toContain(secret);
  });

  it("prunes events older than the retention period", async () => {
    await app.database.db
      .insertInto("auth_event")
      .values({ kind: "sign_in", created_at: new Date(Date.now() - 91 * 86_400_000) })
      .execute();
    const total = async () => (await app.database.db.selectFrom("auth_event").select("id").execute()).length;
    const before = await total();
    expect(await pruneAuthEvents(app.database.db, 90)).toBe(1);
    expect(await total()).toBe(before - 1);
  });
});
