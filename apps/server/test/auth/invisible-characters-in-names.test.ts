import { testDrivers } from "@pagewise/db/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../src/testing";

const password = "invisible names password";
// A right-to-left override, isolates, zero-width spaces and joiners, a byte-order mark: what
// reorders the admin page's user list or makes two names that look alike differ.
const DIRTY = "\u202E\u200BAda\u200D \u2066Love\u200Clace\u2069\u200F\uFEFF ";
const CLEAN = "Ada Lovelace";
const ONLY_INVISIBLE = "\u200B\u202E\u2066 \u200D\uFEFF\u2069";
const HUGE = "x".repeat(60_000);

const betterAuthError = z.object({ code: z.string(), message: z.string() });
const documentedError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

describe.each(testDrivers())("names without invisible characters on %s", (driver) => {
  const app = useTestApp(driver);
  const userCount = async () =>
    Number(
      (
        await app.database.db
          .selectFrom("user")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const storedName = async (email: string) =>
    (await app.database.db.selectFrom("user").select("name").where("email", "=", email).executeTakeFirst())?.name;

  it("signs up with a name full of bidi and zero-width characters and stores it clean", async () => {
    const browser = app.server.client();
    const signUp = await browser.post("/api/auth/sign-up/email", { name: DIRTY, email: "dirty@example.com", password });
    expect(signUp.status).toBe(200);
    expect(await signUp.json()).toMatchObject({ user: { name: CLEAN } });
    expect(await storedName("dirty@example.com")).toBe(CLEAN);
    expect((await browser.session({ fresh: true }))?.user.name).toBe(CLEAN);
  });

  it("takes 100 characters, invisible ones not counted", async () => {
    const name = `${"a".repeat(100)}\u200B\u200B`;
    const signUp = await app.server
      .client()
      .post("/api/auth/sign-up/email", { name, email: "max@example.com", password });
    expect(signUp.status).toBe(200);
    expect(await storedName("max@example.com")).toBe("a".repeat(100));
  });

  it.each([
    ["a 60,000-character name", HUGE, "NAME_TOO_LONG", "Name must be at most 100 characters."],
    ["101 characters", "a".repeat(101), "NAME_TOO_LONG", "Name must be at most 100 characters."],
    [
      "a name of invisible characters only",
      ONLY_INVISIBLE,
      "NAME_REQUIRED",
      "Name must have at least one visible character.",
    ],
    ["an empty name", "", "NAME_REQUIRED", "Name must have at least one visible character."],
  ])("refuses sign-up with %s: 400, nothing stored", async (_case, name, code, message) => {
    const before = await userCount();
    for (const email of ["refused@example.com", "dirty@example.com"]) {
      // The same answer for a taken address as for a new one: the name is judged first.
      const response = await app.server.client().post("/api/auth/sign-up/email", { name, email, password });
      expect(response.status).toBe(400);
      expect(betterAuthError.parse(await response.json())).toEqual({ code, message });
    }
    expect(await userCount()).toBe(before);
    expect(await storedName("dirty@example.com")).toBe(CLEAN);
  });

  it("cleans and checks a new name given to update-user the same way, and never answers 5xx", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "Grace", email: "grace@example.com", password });
    const renamed = await browser.post("/api/auth/update-user", { name: `\u2067Grace\u200B Hopper\u2069` });
    expect(renamed.status).toBe(200);
    expect(await storedName("grace@example.com")).toBe("Grace Hopper");

    const refusals: [unknown, string][] = [
      [HUGE, "NAME_TOO_LONG"],
      [ONLY_INVISIBLE, "NAME_REQUIRED"],
      [null, "INVALID_NAME"],
      [42, "INVALID_NAME"],
      [{ first: "Grace" }, "INVALID_NAME"],
    ];
    for (const [name, code] of refusals) {
      const response = await browser.post("/api/auth/update-user", { name });
      expect(response.status).toBe(400);
      expect(betterAuthError.parse(await response.json()).code).toBe(code);
    }
    expect(await storedName("grace@example.com")).toBe("Grace Hopper");
  });

  it("cleans and checks names at the original /auth/signup, with errors in the documented shape", async () => {
    const signUp = await app.server
      .client()
      .post("/auth/signup", { name: DIRTY, email: "mirror@example.com", password });
    expect(signUp.status).toBe(200);
    expect(await storedName("mirror@example.com")).toBe(CLEAN);

    const before = await userCount();
    for (const [name, message] of [
      [HUGE, "Name must be at most 100 characters."],
      [ONLY_INVISIBLE, "Name must have at least one visible character."],
    ]) {
      const response = await app.server.client().post("/auth/signup", { name, email: "mirror2@example.com", password });
      expect(response.status).toBe(400);
      expect(documentedError.parse(await response.json()).error).toEqual({ code: "BAD_REQUEST", message });
    }
    expect(await userCount()).toBe(before);
  });

  it("cleans a name written without the endpoints' check (a social provider's profile), refusing an overlong one", async () => {
    // What a social sign-in does with the provider's profile: the user row's database hook is all that sees it.
    const { internalAdapter } = await app.server.auth.$context;
    const github = { method: "oauth", oauth: { providerId: "github" } };
    const created = await internalAdapter.createUser(
      { name: DIRTY, email: "social@example.com", emailVerified: true },
      github,
    );
    expect(created.name).toBe(CLEAN);
    expect(await storedName("social@example.com")).toBe(CLEAN);
    // A provider may send no name at all: stored empty, as Better Auth does for a provider without one.
    await internalAdapter.createUser(
      { name: ONLY_INVISIBLE, email: "nameless@example.com", emailVerified: true },
      github,
    );
    expect(await storedName("nameless@example.com")).toBe("");

    const before = await userCount();
    const overlong = internalAdapter.createUser(
      { name: HUGE, email: "overlong@example.com", emailVerified: true },
      github,
    );
    await expect(overlong).rejects.toMatchObject({ body: { code: "NAME_TOO_LONG" } });
    expect(await userCount()).toBe(before);
  });
});
