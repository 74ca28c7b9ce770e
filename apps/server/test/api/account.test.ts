import { testDrivers } from "@pagewise/db/testing";
import { describe, expect, it } from "vitest";
import { trpcClientFor, useTestApp } from "../../src/testing";

const password = "account test password";

describe.each(testDrivers())("account procedures on %s", (driver) => {
  const app = useTestApp(driver);

  it("exports everything stored about the caller, and no secrets", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Exa", email: "exa@example.com", password });
    const api = trpcClientFor(browser);
    await api.profile.upsert.mutate({
      softwareBackground: { level: "advanced", languages: ["Go"], notes: "" },
      consentGiven: true,
    });
    await api.profile.upsert.mutate({ consentGiven: false });
    await app.server.client().post("/api/auth/sign-up/email", { name: "Other", email: "other@example.com", password });

    const data = await api.account.export.query();
    expect(data.user).toMatchObject({ name: "Exa", email: "exa@example.com" });
    expect(data.accounts).toEqual([expect.objectContaining({ providerId: "credential" })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.profile).toMatchObject({ consentGiven: false, softwareBackground: null });
    expect(data.consentHistory.map((event) => event.given)).toEqual([true, false]);
    expect(data.authEvents.map((event) => event.kind)).toEqual(["sign_up"]);

    const serialised = JSON.stringify(data);
    const secrets = await app.database.db
      .selectFrom("account")
      .select("password")
      .where("providerId", "=", "credential")
      .execute();
    const tokens = await app.database.db.selectFrom("session").select("token").execute();
    for (const secret of [...secrets.map((row) => row.password), ...tokens.map((row) => row.token)]) {
      expect(serialised).not.toContain(String(secret));
    }
    expect(serialised).not.toContain("other@example.com");
  });

  it("lists the caller's sessions without tokens, and revokes one by id", async () => {
    const laptop = app.server.client();
    await laptop.post("/api/auth/sign-up/email", { name: "Sam", email: "sam@example.com", password });
    const phone = app.server.client();
    await phone.post("/api/auth/sign-in/email", { email: "sam@example.com", password });

    const sessions = await trpcClientFor(laptop).account.sessions.query();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    expect(JSON.stringify(sessions)).not.toMatch(/token/i);

    const phoneSession = sessions.find((session) => !session.current);
    await trpcClientFor(laptop).account.revokeSession.mutate({ sessionId: phoneSession?.id ?? "" });
    expect(await phone.session({ fresh: true })).toBeNull();
    expect(await laptop.session({ fresh: true })).not.toBeNull();

    // Someone else's session id is not the caller's to end.
    const stranger = app.server.client();
    await stranger.post("/api/auth/sign-up/email", { name: "Str", email: "str@example.com", password });
    const strangerSession = await stranger.session();
    const error = await trpcClientFor(laptop)
      .account.revokeSession.mutate({ sessionId: strangerSession?.session.id ?? "" })
      .catch((e) => e);
    expect(error.data?.code).toBe("NOT_FOUND");
    expect(await stranger.session({ fresh: true })).not.toBeNull();
  });
});
