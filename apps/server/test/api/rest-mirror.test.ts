import { errorBody } from "@pagewise/api";
import { testDrivers } from "@pagewise/db/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../src/testing";

const password = "rest mirror password";

describe.each(testDrivers())("the REST mirror on %s", (driver) => {
  const app = useTestApp(driver);

  it("serves the profile with the session cookie, and 401 without it", async () => {
    const anonymous = await app.server.client().get("/api/v1/profile");
    expect(anonymous.status).toBe(401);
    expect(errorBody.parse(await anonymous.json())).toMatchObject({ error: { code: "UNAUTHORIZED" } });

    const browser = app.server.client();
    await browser.post("/auth/signup", { name: "Rest", email: "rest@example.com", password });
    const empty = await browser.get("/api/v1/profile");
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({ consentGiven: false, softwareBackground: null });

    const refused = await browser.post("/api/v1/profile", {
      softwareBackground: { level: "advanced", languages: ["C"], notes: "" },
      consentGiven: false,
    });
    expect(refused.status).toBe(400);
    expect(errorBody.parse(await refused.json())).toMatchObject({
      error: { code: "BAD_REQUEST", message: "Consent must be given to store background information" },
    });

    const saved = await browser.post("/api/v1/profile", {
      softwareBackground: { level: "advanced", languages: ["C"], notes: "" },
      consentGiven: true,
    });
    expect(saved.status).toBe(200);
    expect(await (await browser.get("/api/v1/profile")).json()).toMatchObject({
      softwareBackground: { level: "advanced" },
    });

    // Strings are not booleans: "false" must never be read as consent.
    for (const consentGiven of ["yes", "false", "true", 1]) {
      const invalid = await browser.post("/api/v1/profile", { consentGiven, hardwareBackground: { level: "none" } });
      expect(invalid.status).toBe(400);
      expect(errorBody.parse(await invalid.json()).error.fieldErrors).toHaveProperty(["consentGiven"]);
    }
    expect(await (await browser.get("/api/v1/profile")).json()).toMatchObject({ hardwareBackground: null });
    const malformed = await browser.request("/api/v1/profile", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    expect(errorBody.parse(await malformed.json()).error.code).toBe("PARSE_ERROR");
  });

  it("reads JSON as JSON: a number sent as a string is refused, on REST and afterwards on tRPC", async () => {
    const reader = app.server.client();
    const rest = await reader.post("/api/v1/query", { question: "sessions", k: "3" });
    expect(rest.status).toBe(400);
    expect(errorBody.parse(await rest.json()).error.fieldErrors).toHaveProperty(["k"]);
    // The REST call must not have loosened the procedure's schema for everyone else.
    const trpc = await reader.get(
      `/trpc/rag.query?input=${encodeURIComponent(JSON.stringify({ question: "sessions", k: "3" }))}`,
    );
    expect(trpc.status).toBe(400);
    expect((await reader.post("/api/v1/query", { question: "sessions", k: 3 })).status).toBe(200);
  });

  it("publishes an OpenAPI 3 document and a browsable reference that needs no CDN", async () => {
    const document = z
      .object({ openapi: z.string(), paths: z.record(z.string(), z.record(z.string(), z.unknown())) })
      .parse(await (await app.server.client().get("/api/openapi.json")).json());
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/v1/profile", "/auth/signin"]));
    expect(document.paths["/api/v1/profile"]).toHaveProperty("get");
    expect(document.paths["/api/v1/profile"]).toHaveProperty("post");

    const page = await app.server.client().get("/api/docs");
    const html = await page.text();
    expect(page.status).toBe(200);
    for (const src of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const asset = await app.server.client().get(src[1] ?? "");
      expect({ src: src[1], status: asset.status }).toEqual({ src: src[1], status: 200 });
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("POST /api/v1/query says whether the book answered, and the OpenAPI document declares it", async () => {
    const response = await app.server.client().post("/api/v1/query", { question: "How do I deploy a Django app?" });
    expect(response.status).toBe(200);
    const body = z
      .object({ answer: z.string(), answered: z.boolean(), citations: z.array(z.unknown()) })
      .parse(await response.json());
    expect(body.answered).toBe(false);
    expect(body.answer).toMatch(/^The documentation doesn't seem to cover/);

    const document = await (await app.server.client().get("/api/openapi.json")).text();
    const query = z
      .object({ paths: z.object({ "/api/v1/query": z.object({ post: z.unknown() }) }) })
      .parse(JSON.parse(document)).paths["/api/v1/query"].post;
    expect(JSON.stringify(query)).toMatch(/"answered":\{"type":"boolean"/);
  });

  it("answers unknown REST paths with a JSON 404", async () => {
    const response = await app.server.client().get("/api/v1/nope");
    expect(response.status).toBe(404);
    expect(errorBody.parse(await response.json()).error.code).toBe("NOT_FOUND");
  });
});
