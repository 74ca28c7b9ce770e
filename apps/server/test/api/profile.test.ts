import { testDrivers } from "@pagewise/db/testing";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { trpcClientFor, useTestApp } from "../../src/testing";

const password = "profile test password";
const software = { level: "intermediate" as const, languages: ["TypeScript", "Rust"], notes: "Backend work" };
const hardware = { level: "beginner" as const, devices: ["Raspberry Pi"], notes: "" };

describe.each(testDrivers())("profiles with consent on %s", (driver) => {
  const app = useTestApp(driver);

  async function signedIn(email: string) {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: email, email, password });
    const userId = (await browser.session())?.user.id ?? "";
    return { api: trpcClientFor(browser), userId };
  }
  const rowsFor = (userId: string) => ({
    profile: app.database.db.selectFrom("profile").selectAll().where("user_id", "=", userId).execute(),
    events: app.database.db
      .selectFrom("consent_event")
      .select("given")
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
  });

  it("answers an empty profile before the first save", async () => {
    const { api } = await signedIn("empty@example.com");
    expect(await api.profile.get.query()).toEqual({
      softwareBackground: null,
      hardwareBackground: null,
      preferences: { answerStyle: "concise" },
      consentGiven: false,
      consent: null,
    });
  });

  it("refuses background without consent with the original message, writing nothing", async () => {
    const { api, userId } = await signedIn("noconsent@example.com");
    const error = await api.profile.upsert
      .mutate({ softwareBackground: software, consentGiven: false })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Consent must be given to store background information");
    expect(await rowsFor(userId).profile).toEqual([]);
    expect(await rowsFor(userId).events).toEqual([]);
  });

  it("stores preferences without consent", async () => {
    const { api } = await signedIn("prefs@example.com");
    const saved = await api.profile.upsert.mutate({ preferences: { answerStyle: "detailed" }, consentGiven: false });
    expect(saved).toMatchObject({
      preferences: { answerStyle: "detailed" },
      consentGiven: false,
      softwareBackground: null,
    });
  });

  it("stores background with consent, and erases it in the same step when consent is withdrawn", async () => {
    const { api, userId } = await signedIn("consent@example.com");
    const saved = await api.profile.upsert.mutate({
      softwareBackground: software,
      hardwareBackground: hardware,
      consentGiven: true,
    });
    expect(saved).toMatchObject({ softwareBackground: software, hardwareBackground: hardware, consentGiven: true });
    expect(saved.consent?.policyVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await api.profile.get.query()).toEqual(saved);

    const withdrawn = await api.profile.upsert.mutate({ consentGiven: false });
    expect(withdrawn).toMatchObject({
      softwareBackground: null,
      hardwareBackground: null,
      consentGiven: false,
      consent: null,
    });
    const [row] = await rowsFor(userId).profile;
    expect(row).toMatchObject({
      software_level: null,
      software_languages: null,
      hardware_devices: null,
      hardware_notes: null,
    });
    expect((await rowsFor(userId).events).map((event) => event.given)).toEqual([true, false]);
  });

  it("keeps the app.database itself from holding background without consent", async () => {
    const { userId } = await signedIn("constraint@example.com");
    await app.database.db.insertInto("profile").values({ user_id: userId }).execute();
    await expect(
      app.database.db
        .updateTable("profile")
        .set({ software_level: "advanced" })
        .where("user_id", "=", userId)
        .execute(),
    ).rejects.toThrow(/profile_background_needs_consent/);
  });

  it("asks the software background only by default, and still takes and returns a hardware one", async () => {
    const { api } = await signedIn("default-backgrounds@example.com");
    expect(await api.profile.backgrounds.query()).toEqual([
      { background: "software", examples: ["TypeScript", "Python"] },
    ]);
    // PROFILE_BACKGROUNDS is what the profile page shows, not what the API stores.
    const saved = await api.profile.upsert.mutate({ hardwareBackground: hardware, consentGiven: true });
    expect(saved.hardwareBackground).toEqual(hardware);
    await api.profile.upsert.mutate({ softwareBackground: software, consentGiven: true });
    expect(await api.profile.get.query()).toMatchObject({ softwareBackground: software, hardwareBackground: hardware });
  });

  it("never loses a section when two tabs save at once, and keeps one row", async () => {
    const { api, userId } = await signedIn("tabs@example.com");
    await api.profile.upsert.mutate({ consentGiven: true });
    const saves = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? api.profile.upsert.mutate({ softwareBackground: { ...software, notes: `tab A ${i}` }, consentGiven: true })
        : api.profile.upsert.mutate({ hardwareBackground: { ...hardware, notes: `tab B ${i}` }, consentGiven: true }),
    );
    await Promise.all(saves);
    const profile = await api.profile.get.query();
    expect(profile.softwareBackground?.notes).toMatch(/^tab A \d$/);
    expect(profile.hardwareBackground?.notes).toMatch(/^tab B \d$/);
    expect(await rowsFor(userId).profile).toHaveLength(1);
    expect((await rowsFor(userId).events).map((event) => event.given)).toEqual([true]);
  });

  it("validates every field with messages that name it", async () => {
    // Raw HTTP: a hand-written client can send what the typed one cannot.
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Inv", email: "invalid@example.com", password });
    const response = await browser.post("/trpc/profile.upsert", {
      softwareBackground: { level: "expert", languages: Array(21).fill("x"), notes: "n".repeat(501) },
      consentGiven: true,
    });
    expect(response.status).toBe(400);
    const { error } = z
      .object({
        error: z.object({
          message: z.string(),
          data: z.object({ fieldErrors: z.record(z.string(), z.array(z.string())) }),
        }),
      })
      .parse(await response.json());
    expect(Object.keys(error.data.fieldErrors).sort()).toEqual([
      "softwareBackground.languages",
      "softwareBackground.level",
      "softwareBackground.notes",
    ]);
    expect(error.message).toMatch(/softwareBackground\.level/);
  });

  it("is gone with the account", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Gone", email: "gone@example.com", password });
    const userId = (await browser.session())?.user.id ?? "";
    await trpcClientFor(browser).profile.upsert.mutate({ softwareBackground: software, consentGiven: true });
    expect((await browser.post("/api/auth/delete-user", { password })).status).toBe(200);
    expect(await rowsFor(userId).profile).toEqual([]);
    expect(await rowsFor(userId).events).toEqual([]);
  });
});

describe.each(testDrivers())("PROFILE_BACKGROUNDS through the app on %s", (driver) => {
  const asked = [
    { background: "hardware" as const, examples: ["Jetson Nano", "ROS 2 robots"] },
    { background: "software" as const, examples: ["Python"] },
  ];
  const app = useTestApp(driver, { profileBackgrounds: asked });

  it("tells anyone, signed in or not, which backgrounds the profile asks about, in order", async () => {
    expect(await trpcClientFor(app.server.client()).profile.backgrounds.query()).toEqual(asked);
  });
});
