import type { ServerType } from "@hono/node-server";

/**
 * Stops accepting connections, lets requests in flight finish (up to
 * `graceMs`), then runs `cleanup` (closing the database) and exits 0.
 */
export function closeGracefully(server: ServerType, cleanup: () => Promise<void>, graceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => {
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      cleanup().then(resolve, reject);
    });
    // Keep-alive sockets with no request in flight would hold close() open.
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
}
