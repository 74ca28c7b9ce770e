import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const password = "enumeration password";

/** The shape of an answer, without its values: what a stranger could compare between two sign-ups. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  }
  return typeof value;
}

/**
 * By default sign-up answers alike whether or not an address already has an
 * account, and signs nobody in: a stranger learns nothing from it. The owner
 * of a taken address is told by mail; the client signs in after signing up.
 */
describe("sign-up, by default", () => {
  const app = useTestApp("pglite", { auth: { revealExistingAccounts: false } });

  it("answers a taken address as it answers a new one, with no session either way", async () => {
    const first = app.server.client();
    const created = await first.post("/api/auth/sign-up/email", { name: "Ann", email: "ann@example.com", password });
    const again = app.server.client();
    const taken = await again.post("/api/auth/sign-up/email", {
      name: "Mallory",
      email: "ann@example.com",
      password: "another password",
    });
    expect([created.status, taken.status]).toEqual([200, 200]);
    const [createdBody, takenBody] = [await created.json(), await taken.json()];
    expect(shapeOf(takenBody)).toEqual(shapeOf(createdBody));
    expect(takenBody).toMatchObject({ token: null, user: { email: "ann@example.com", name: "Mallory" } });
    expect(createdBody).toMatchObject({ token: null, user: { email: "ann@example.com", name: "Ann" } });
    expect(created.headers.getSetCookie()).toEqual([]);
    expect(taken.headers.getSetCookie()).toEqual([]);
    const accounts = await app.database.db
      .selectFrom("user")
      .select("name")
      .where("email", "=", "ann@example.com")
      .execute();
    expect(accounts).toEqual([{ name: "Ann" }]);
  });

  it("tells the owner of the taken address by mail", async () => {
    await app.server.settled();
    const mails = await app.database.db
      .selectFrom("mail_outbox")
      .select(["subject", "text_body"])
      .where("to_address", "=", "ann@example.com")
      .execute();
    // No book yet (and no BOOK_TITLE): the product's name.
    expect(mails).toEqual([
      expect.objectContaining({ subject: "Someone tried to create a Pagewise account with your email" }),
    ]);
    expect(mails[0]?.text_body).toContain(`${app.server.url}/forgot-password`);
  });

  it("lets the new account sign in with its password, as the SPA does right after", async () => {
    const browser = app.server.client();
    const signIn = await browser.post("/api/auth/sign-in/email", { email: "ann@example.com", password });
    expect(signIn.status).toBe(200);
    expect((await browser.get("/trpc/profile.get")).status).toBe(200);
  });
});
