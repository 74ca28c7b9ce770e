import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../src/testing";

const password = "foreign origin password";

/**
 * tRPC and REST mutations from a browser on an untrusted origin (a same-site
 * sibling such as another subdomain carries the reader's cookie) are refused,
 * as Better Auth refuses them on its own endpoints.
 */
describe("state-changing API requests from other origins", () => {
  const app = useTestApp("pglite");

  async function signedIn(email: string) {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "O", email, password });
    const cookie = await browser.jar.getCookieString(app.server.url);
    return { browser, cookie };
  }
  const profileRows = (userId: string) =>
    app.database.db.selectFrom("profile").select("user_id").where("user_id", "=", userId).execute();

  it.each([
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["a same-site sibling Origin", { origin: "http://sibling.127.0.0.1.nip.io" }],
    ["Origin: null", { origin: "null" }],
    ["Sec-Fetch-Site: cross-site without Origin", { "sec-fetch-site": "cross-site" }],
  ])("refuses tRPC and REST mutations with %s, writing nothing", async (_name, extra) => {
    const { browser, cookie } = await signedIn(`o${Math.random().toString(36).slice(2)}@example.com`);
    const userId = (await browser.session())?.user.id ?? "";
    const headers = { "content-type": "application/json", cookie, ...extra };
    for (const path of ["/trpc/profile.upsert", "/api/v1/profile"]) {
      const response = await fetch(`${app.server.url}${path}`, {
        method: "POST",
        headers,
        body: JSON.stringify({ consentGiven: true }),
      });
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    expect(await profileRows(userId)).toEqual([]);
  });

  it("says which origin it refused and which ones it trusts", async () => {
    const { cookie } = await signedIn("refusal.message@example.com");
    const own = app.server.url;
    const sibling = own.replace("127.0.0.1", "localhost");
    const response = await fetch(`${own}/api/v1/profile`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: sibling },
      body: JSON.stringify({ consentGiven: true }),
    });
    expect(response.status).toBe(403);
    const { error } = z
      .object({ error: z.object({ code: z.string(), message: z.string() }) })
      .parse(await response.json());
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain(`Origin ${sibling} is not trusted by this server. Trusted origins: ${own}.`);
    expect(error.message).toContain(`localhost and 127.0.0.1 are different origins: send \`Origin: ${own}\``);
  });

  it("accepts the site's own origin, and clients that send none", async () => {
    const { browser, cookie } = await signedIn("own.origin@example.com");
    expect((await browser.post("/trpc/profile.upsert", { consentGiven: true })).status).toBe(200);
    const noOrigin = await fetch(`${app.server.url}/api/v1/profile`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ consentGiven: false }),
    });
    expect(noOrigin.status).toBe(200);
  });

  it("refuses multipart/form-data on /trpc", async () => {
    const { browser } = await signedIn("form.data@example.com");
    const form = new FormData();
    form.set("consentGiven", "true");
    const response = await browser.request("/trpc/profile.upsert", { method: "POST", body: form });
    expect(response.status).toBe(415);
  });
});

describe("Origin refusals in production", () => {
  const partner = "https://partner.example";
  const app = useTestApp("pglite", { listTrustedOrigins: false, auth: { trustedOrigins: [partner] } });

  it("do not tell a stranger which other origins are trusted, on the API or on Better Auth's paths", async () => {
    const browser = app.server.client();
    await browser.post("/api/auth/sign-up/email", { name: "P", email: "production@example.com", password });
    // Better Auth checks the Origin of requests that carry a session cookie.
    const cookie = await browser.jar.getCookieString(app.server.url);
    for (const path of ["/api/v1/profile", "/trpc/profile.upsert", "/api/auth/sign-out", "/auth/signout"]) {
      const response = await fetch(`${app.server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://evil.example", cookie },
        body: JSON.stringify({ consentGiven: true }),
      });
      expect(response.status, path).toBe(403);
      const text = await response.text();
      expect(text).toContain("https://evil.example is not trusted");
      expect(text).not.toContain(partner);
    }
  });
});
