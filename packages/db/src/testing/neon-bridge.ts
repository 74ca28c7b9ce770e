import { createConnection, isIP } from "node:net";
import { type RawData, WebSocketServer } from "ws";

export interface NeonBridge {
  /** The value for NEON_WS_PROXY / the `neonWsProxy` option, e.g. "127.0.0.1:41234". */
  proxy: string;
  close(): Promise<void>;
}

/**
 * What Neon's edge does, in miniature: each WebSocket becomes a TCP connection
 * to the Postgres named by `?address=host:port`, and bytes flow both ways. This
 * lets the real `@neondatabase/serverless` driver run against a local Postgres.
 * Only loopback targets are allowed, so it can never be used as an open relay.
 */
export async function startNeonBridge(): Promise<NeonBridge> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });

  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "ws://bridge").searchParams.get("address") ?? "";
    const separator = address.lastIndexOf(":");
    const host = address.slice(0, separator);
    const port = Number(address.slice(separator + 1));
    if (!isLoopback(host) || !Number.isInteger(port)) {
      socket.close(1008, "only loopback Postgres targets are allowed");
      return;
    }

    const tcp = createConnection({ host: host === "localhost" ? "127.0.0.1" : host, port });
    const pending: Buffer[] = [];
    let connected = false;
    tcp.on("connect", () => {
      connected = true;
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    tcp.on("data", (data) => socket.send(data));
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close(1011, "database connection failed"));
    socket.on("message", (data: RawData) => {
      const chunk = toBuffer(data);
      if (connected) tcp.write(chunk);
      else pending.push(chunk);
    });
    socket.on("close", () => tcp.destroy());
    socket.on("error", () => tcp.destroy());
  });

  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the bridge has no TCP address");
  const { port } = address;
  return {
    proxy: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}

function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1" || host === "[::1]";
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
