import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger";
import { useTestApp } from "../../src/testing";

/**
 * Anyone can call an OAuth callback with a made-up state. That is the
 * caller's mistake, not the server's: a provider that is not configured
 * answers 404, and a bad state is a warning, so error-level lines (which page
 * an operator) cannot be made at will.
 */
describe("OAuth callbacks called by strangers", () => {
  const lines: Array<{ level: number; msg: string }> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger("debug", destination);
  afterEach(() => {
    lines.length = 0;
  });

  describe("with no social provider configured", () => {
    const app = useTestApp("pglite", { logger });

    it.each(["github", "google", "nope"])("answers 404 for /callback/%s, and logs no error", async (provider) => {
      for (const method of ["GET", "POST"]) {
        const response = await app.server.client().request(`/api/auth/callback/${provider}?state=x&code=y`, { method });
        expect(response.status).toBe(404);
        expect(JSON.stringify(await response.json())).toContain("not configured");
      }
      expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    });
  });

  describe("with GitHub configured", () => {
    const app = useTestApp("pglite", {
      logger,
      auth: { socialProviders: { github: { clientId: "gh-client-id", clientSecret: "gh-secret" } } },
    });

    it.each([["?state=x&code=y"], ["?code=y"], [""]])("logs a bad state (%s) as a warning", async (query) => {
      const response = await app.server.client().get(`/api/auth/callback/github${query}`);
      expect(response.status).toBeLessThan(500);
      expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    });

    it("still answers 404 for a provider that is not configured", async () => {
      expect((await app.server.client().get("/api/auth/callback/google?state=x")).status).toBe(404);
    });
  });
});
