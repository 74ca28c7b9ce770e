import { request } from "node:http";
import { connect } from "node:net";
import { expect, it } from "vitest";
import { startServerProcess } from "../../src/testing";

it("finishes a request in flight when SIGTERM arrives, then exits 0", async () => {
  const server = await startServerProcess({ DATABASE_URL: "pglite:memory" });
  const { hostname, port } = new URL(server.url);

  // A request whose body is still arriving is in flight by any definition.
  const body = JSON.stringify({ question: "How do sessions work?" });
  let stopped: Promise<number | null> = Promise.resolve(null);
  const response = new Promise<{ status: number; text: string; connection?: string }>((resolve, reject) => {
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
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text, connection: res.headers.connection }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      stopped = server.stop();
      setTimeout(() => req.end(body.slice(10)), 500);
    }, 300);
  });

  const { status, text, connection } = await response;
  expect(status).toBe(200);
  expect(JSON.parse(text)).toHaveProperty("answer");
  // A keep-alive client asking again on this socket would keep the server from closing until the grace ran out.
  expect(connection).toBe("close");
  expect(await stopped).toBe(0);
  expect(server.output()).toContain("SIGTERM received");

  // New connections are refused once it has stopped.
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
});

it("waits for the grace period, then cuts what is left and logs each request it cut", async () => {
  const server = await startServerProcess({
    DATABASE_URL: "pglite:memory",
    REQUEST_TIMEOUT_MS: "1000",
    SHUTDOWN_GRACE_MS: "1500",
  });
  const { hostname, port } = new URL(server.url);
  // A client that never reads the large answers it asked for (more than socket buffers hold)
  // keeps one of them in flight past any grace.
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.pause();
  socket.write(`GET /api/docs/assets/swagger-ui-bundle.js HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`.repeat(20));
  await new Promise((resolve) => setTimeout(resolve, 500));

  const started = Date.now();
  expect(await server.stop()).toBe(0);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  const cut = server
    .output()
    .split("\n")
    .filter((line) => line.includes('"msg":"request cut at shutdown"'))
    .map((line) => JSON.parse(line));
  expect(cut.length).toBeGreaterThanOrEqual(1);
  expect(cut[0]).toEqual(expect.objectContaining({ level: 40, method: "GET", graceMs: 1500 }));
  socket.destroy();
});
