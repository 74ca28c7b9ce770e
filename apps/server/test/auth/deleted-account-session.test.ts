import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const password = "deleted account password";

/**
 * A second device still holds the signed session cache cookie after the
 * account was deleted from the first: for up to a minute Better Auth accepts
 * it without asking the database. Signed-in calls must then answer 401, not
 * the 500 of a missing row or a broken foreign key.
 */
describe("a deleted account's session cookie", () => {
  const app = useTestApp("pglite");

  it("answers 401 on tRPC and REST, not 500", async () => {
    const email = "gone@example.com";
    const first = app.server.client();
    await first.post("/api/auth/sign-up/email", { name: "Gone", email, password });
    const second = app.server.client();
    expect((await second.post("/api/auth/sign-in/email", { email, password })).status).toBe(200);
    expect(await second.cookieNames()).toContain("better-auth.session_data");

    expect((await first.post("/api/auth/delete-user", { password })).status).toBe(200);

    const calls = [
      () => second.post("/trpc/profile.upsert", { consentGiven: true }),
      () => second.get("/trpc/account.export"),
      () => second.post("/api/v1/profile", { consentGiven: true }),
    ];
    for (const call of calls) {
      const response = await call();
      expect(response.status).toBe(401);
      expect(JSON.stringify(await response.json())).toContain("Your session has ended. Sign in again.");
    }
  });
});
