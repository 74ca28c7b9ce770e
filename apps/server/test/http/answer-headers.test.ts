import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAnswerHeaders } from "../../src/http/answer-headers";

/** Answers built every way a route builds them: by Hono, as the route's own Response, and streamed. */
function appWithAnswerHeaders(): Hono {
  const app = new Hono();
  app.use("*", (c, next) =>
    withAnswerHeaders(
      c,
      [
        ["X-Added", "ours"],
        ["Content-Security-Policy", "default-src 'self'"],
      ],
      next,
    ),
  );
  app.get("/hono", (c) => c.json({ ok: true }));
  app.get("/own", () => new Response("own", { headers: { "Content-Security-Policy": "sandbox" } }));
  app.get("/stream", () => new Response(new Blob(["a", "b"]).stream(), { headers: { "Content-Type": "text/plain" } }));
  app.get("/fails", () => {
    throw new Error("boom");
  });
  app.onError((_error, c) => c.json({ failed: true }, 500));
  return app;
}

describe("headers every answer gets", () => {
  const app = appWithAnswerHeaders();
  let server: ReturnType<typeof serve>;
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
        url = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  // Over real HTTP they go on Node's response; in-process (app.request) on the Response itself.
  const ways = [
    ["over Node's HTTP server", (path: string) => fetch(`${url}${path}`)],
    ["in process", async (path: string) => app.request(path)],
  ] as const;

  describe.each(ways)("%s", (_way, get) => {
    it.each(["/hono", "/own", "/stream", "/fails"])("reach %s", async (path) => {
      const response = await get(path);
      expect(response.headers.get("x-added")).toBe("ours");
      await response.arrayBuffer();
    });

    it("leave an answer's own value alone", async () => {
      const own = await get("/own");
      expect(own.headers.get("content-security-policy")).toBe("sandbox");
      expect(await own.text()).toBe("own");
      expect((await get("/hono")).headers.get("content-security-policy")).toBe("default-src 'self'");
    });
  });
});
