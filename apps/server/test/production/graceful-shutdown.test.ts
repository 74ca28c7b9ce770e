import { request } from "node:http";
import { expect, it } from "vitest";
import { startServerProcess } from "../../src/testing";

it("finishes a request in flight when SIGTERM arrives, then exits 0", async () => {
  const server = await startServerProcess({ DATABASE_URL: "pglite:memory" });
  const { hostname, port } = new URL(server.url);

  // A request whose body is still arriving is in flight by any definition.
  const body = JSON.stringify({ question: "How do sessions work?" });
  let stopped: Promise<number | null> = Promise.resolve(null);
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path: "/api/v1/query",
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      stopped = server.stop();
      setTimeout(() => req.end(body.slice(10)), 500);
    }, 300);
  });

  const { status, text } = await response;
  expect(status).toBe(200);
  expect(JSON.parse(text)).toHaveProperty("answer");
  expect(await stopped).toBe(0);
  expect(server.output()).toContain("SIGTERM received");

  // New connections are refused once it has stopped.
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
});
