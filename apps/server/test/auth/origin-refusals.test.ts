import { errorBody } from "@pagewise/api";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../src/testing";

const password = "origin refusal password";
const betterAuthError = z.object({ code: z.string(), message: z.string() });

/**
 * Better Auth refuses a sign-in or sign-up from a script that sends no Origin
 * (Node's fetch sends Sec-Fetch-Mode, which makes Better Auth ask for one) and
 * any request from an untrusted origin. Its own messages ("Missing or null
 * Origin", "Invalid origin") are replaced by ones that say what to send; the
 * codes stay.
 */
describe("Better Auth's Origin refusals", () => {
  const app = useTestApp("pglite");

  it("tells a script that sends no Origin which one to send", async () => {
    const script = app.server.client({ origin: null });
    const response = await script.post(
      "/api/auth/sign-up/email",
      { name: "S", email: "script@example.com", password },
      { headers: { "sec-fetch-mode": "cors" } },
    );
    expect(response.status).toBe(403);
    const body = betterAuthError.parse(await response.json());
    expect(body.code).toBe("MISSING_OR_NULL_ORIGIN");
    expect(body.message).toContain("has no Origin header");
    expect(body.message).toContain(`Send \`Origin: ${app.server.url}\``);
    expect(body.message).toContain("BETTER_AUTH_TRUSTED_ORIGINS");
  });

  it("tells a script on localhost that the server trusts 127.0.0.1", async () => {
    const localhost = app.server.url.replace("127.0.0.1", "localhost");
    const script = app.server.client({ origin: localhost });
    const response = await script.post("/api/auth/sign-in/email", { email: "script@example.com", password });
    expect(response.status).toBe(403);
    const body = betterAuthError.parse(await response.json());
    expect(body.code).toBe("INVALID_ORIGIN");
    expect(body.message).toContain(
      `Origin ${localhost} is not trusted by this server. Trusted origins: ${app.server.url}.`,
    );
    expect(body.message).toContain(`localhost and 127.0.0.1 are different origins: send \`Origin: ${app.server.url}\``);
  });

  it("names a foreign origin refused on a signed-in request, through the original API's paths too", async () => {
    const browser = app.server.client();
    expect(
      (await browser.post("/api/auth/sign-up/email", { name: "B", email: "b@example.com", password })).status,
    ).toBe(200);
    const direct = await browser.post("/api/auth/sign-out", {}, { headers: { origin: "https://evil.example" } });
    expect(direct.status).toBe(403);
    const body = betterAuthError.parse(await direct.json());
    expect(body.code).toBe("INVALID_ORIGIN");
    expect(body.message).toContain("Origin https://evil.example is not trusted by this server.");
    expect(body.message).toContain("To accept it, add it to BETTER_AUTH_TRUSTED_ORIGINS.");
    // The original paths answer the same refusal in the documented error shape.
    const response = await browser.post("/auth/signout", {}, { headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    const { error } = errorBody.parse(await response.json());
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("Origin https://evil.example is not trusted by this server.");
    expect(error.message).toContain("To accept it, add it to BETTER_AUTH_TRUSTED_ORIGINS.");
    expect(await browser.session()).not.toBeNull();
  });

  it("leaves other refusals as Better Auth words them", async () => {
    const response = await app.server
      .client()
      .post("/api/auth/sign-in/email", { email: "nobody@example.com", password });
    expect(response.status).toBe(401);
    expect(betterAuthError.parse(await response.json()).code).toBe("INVALID_EMAIL_OR_PASSWORD");
  });
});
