import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

/** Answers to a signed-in request belong to one person: no cache may keep them. */
describe("Cache-Control on signed-in answers", () => {
  const app = useTestApp("pglite");

  it("sends no-store on tRPC, REST and auth answers to a request with a session cookie", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", {
      name: "Cached",
      email: "cached@example.com",
      password: "cache control password",
    });
    for (const path of [
      "/trpc/account.export",
      "/trpc/account.sessions",
      "/trpc/profile.get",
      "/api/v1/profile",
      "/api/auth/get-session",
      "/trpc/no.such.procedure",
    ]) {
      const response = await browser.get(path);
      expect({ path, cacheControl: response.headers.get("cache-control") }).toEqual({ path, cacheControl: "no-store" });
    }
  });

  it("leaves anonymous answers alone", async () => {
    const response = await app.server.client().get("/trpc/health");
    expect(response.headers.get("cache-control")).toBeNull();
  });
});
