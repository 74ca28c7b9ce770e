import { connect, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones: the database is "down". */
  cut(): Promise<void>;
  /** Drops every connection and accepts new ones that never answer: a network black hole. */
  stall(): void;
  /** Passes connections through again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy in front of a real server, to take it away and bring it
 * back in a test without stopping the shared server itself.
 */
export async function startTcpProxy(targetPort: number, targetHost = "127.0.0.1"): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  let stalled = false;
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        if (stalled) {
          sockets.add(client);
          client.on("close", () => sockets.delete(client));
          client.on("error", () => client.destroy());
          return;
        }
        const upstream = connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => {
        const address = next.address();
        if (address !== null && typeof address !== "string") port = address.port;
        server = next;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      dropAll();
      if (server) server.close(() => resolve());
      else resolve();
      server = undefined;
    });

  await listen();
  return {
    port,
    cut: stop,
    stall: () => {
      stalled = true;
      dropAll();
    },
    restore: async () => {
      if (stalled) {
        stalled = false;
        dropAll();
      }
      if (!server) await listen();
    },
    close: stop,
  };
}

/** A proxy in front of the server a URL names (postgres://, redis://), and that URL pointed at the proxy. */
export async function startTcpProxyFor(url: string, defaultPort: number): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(url);
  const proxy = await startTcpProxy(Number(target.port || defaultPort), target.hostname);
  const viaProxy = new URL(url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  return { proxy, url: viaProxy.toString() };
}
