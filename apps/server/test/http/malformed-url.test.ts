import { Writable } from "node:stream";
import { errorBody } from "@pagewise/api";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger";
import { useTestApp } from "../../src/testing";

/** Malformed percent-encoding is the client's mistake: 400, and nothing at error level in the log. */
describe("malformed percent-encoding", () => {
  const errors: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.includes('"level":50')) errors.push(line);
      done();
    },
  });
  const app = useTestApp("pglite", { logger: createLogger("info", destination) });

  const message = "The URL has malformed percent-encoding.";

  it.each(["/api/v1/select%", "/api/auth/get-session%", "/docs/intro%ZZ"])("GET %s answers 400", async (path) => {
    const response = await app.server.client().get(path);
    expect(response.status).toBe(400);
    expect(errorBody.parse(await response.json())).toMatchObject({ error: { code: "BAD_REQUEST", message } });
    expect(errors).toEqual([]);
  });

  it.each(["/trpc/health%", "/trpc/health%E0%A4%A", "/trpc/health?input=%E0%A4%A"])(
    "GET %s answers 400 in tRPC's envelope",
    async (path) => {
      const response = await app.server.client().get(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { message, data: { code: "BAD_REQUEST", httpStatus: 400 } },
      });
      expect(errors).toEqual([]);
    },
  );

  it("still answers well-formed encodings", async () => {
    const response = await app.server.client().get("/trpc/health%2Chealth?batch=1&input=%7B%7D");
    expect(response.status).toBe(200);
  });
});
