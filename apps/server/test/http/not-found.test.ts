import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorBody } from "@pagewise/api";
import { afterAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const webDist = mkdtempSync(join(tmpdir(), "pagewise-web-"));
mkdirSync(join(webDist, "assets"));
writeFileSync(
  join(webDist, "index.html"),
  '<!doctype html><html><head><title>Pagewise</title></head><body><div id="root"></div></body></html>',
);

/**
 * Unknown paths answer JSON 404s (the SPA's index.html only for GETs of its
 * routes), the API reference serves its own two files and nothing else of
 * the npm package, and every answer carries a Permissions-Policy.
 */
describe("not found, reference assets and Permissions-Policy", () => {
  const app = useTestApp("pglite", { webDistDir: webDist });
  afterAll(() => rmSync(webDist, { recursive: true, force: true }));

  it.each([
    ["POST", "/no/such/page"],
    ["DELETE", "/docs/intro"],
    ["PUT", "/"],
    ["GET", "/auth/nope"],
    ["POST", "/auth/nope"],
    ["GET", "/api/nope"],
    ["GET", "/api/docs/assets/package.json"],
    ["GET", "/api/docs/assets/README.md"],
    ["GET", "/api/docs/assets/index.html"],
  ])("%s %s answers a JSON 404", async (method, path) => {
    const response = await app.server.client().request(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(errorBody.parse(await response.json()).error.code).toBe("NOT_FOUND");
  });

  it.each([
    ["GET", "/auth/signin", "POST"],
    ["GET", "/auth/signup", "POST"],
    ["PUT", "/auth/signout", "POST"],
    ["POST", "/auth/session", "GET, HEAD"],
    ["GET", "/api/v1/query", "POST"],
    ["DELETE", "/api/v1/profile", "GET, HEAD, POST"],
    ["POST", "/api/openapi.json", "GET, HEAD"],
    ["POST", "/api/docs", "GET, HEAD"],
  ])("%s %s answers a JSON 405 allowing %s", async (method, path, allow) => {
    const response = await app.server.client().request(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(errorBody.parse(await response.json()).error.code).toBe("METHOD_NOT_SUPPORTED");
  });

  it("answers HEAD on a REST path as GET, without the body", async () => {
    const response = await app.server.client().request("/api/v1/profile", { method: "HEAD" });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("");
  });

  it("answers a wrong method on /trpc with 405 in tRPC's envelope", async () => {
    const response = await app.server.client().request("/trpc/health", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(await response.json()).toMatchObject({ error: { data: { code: "METHOD_NOT_SUPPORTED", httpStatus: 405 } } });
  });

  it("still serves the SPA for GETs of its routes, and the reference page's own files", async () => {
    const page = await app.server.client().get("/sign-in");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Pagewise</title>");
    for (const file of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
      expect((await app.server.client().get(`/api/docs/assets/${file}`)).status).toBe(200);
    }
  });

  it("sends a Permissions-Policy turning off device features", async () => {
    for (const path of ["/", "/trpc/health", "/api/nope"]) {
      const policy = (await app.server.client().get(path)).headers.get("permissions-policy") ?? "";
      expect(policy).toContain("camera=()");
      expect(policy).toContain("microphone=()");
      expect(policy).toContain("geolocation=()");
    }
  });
});
