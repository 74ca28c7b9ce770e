import type { ServerType } from "@hono/node-server";

export interface InFlightRequest {
  method: string;
  startedAt: number;
}

/**
 * Keeps the set of requests the server is answering, from arrival until the
 * response is finished or its connection closes, so a shutdown can say which
 * it had to cut.
 */
export function trackInFlight(server: ServerType): Set<InFlightRequest> {
  const inFlight = new Set<InFlightRequest>();
  server.on("request", (req: { method?: string }, res: NodeJS.EventEmitter) => {
    const entry = { method: req.method ?? "?", startedAt: performance.now() };
    inFlight.add(entry);
    res.once("close", () => inFlight.delete(entry));
  });
  return inFlight;
}

export interface CloseOptions {
  /** How long requests in flight may take to finish (SHUTDOWN_GRACE_MS); at least the request timeout. */
  graceMs: number;
  inFlight?: Set<InFlightRequest>;
  /** Told of each request cut because the grace ran out (it never got its answer). */
  onCut?: (request: InFlightRequest & { elapsedMs: number }) => void;
}

/**
 * Stops accepting connections, lets requests in flight finish (up to
 * `graceMs`), then runs `cleanup` (closing the database) and resolves.
 */
export function closeGracefully(
  server: ServerType,
  cleanup: () => Promise<void>,
  { graceMs, inFlight, onCut }: CloseOptions,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => {
      const now = performance.now();
      for (const request of inFlight ?? []) onCut?.({ ...request, elapsedMs: Math.round(now - request.startedAt) });
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
