import type { ServerType } from "@hono/node-server";

/** What shutdown needs of a response: whether its head has gone out, and a way to add to it. */
interface ClosableResponse {
  readonly headersSent: boolean;
  setHeader(name: string, value: string): unknown;
}

export interface InFlightRequest {
  method: string;
  startedAt: number;
  response: ClosableResponse;
}

/**
 * Keeps the set of requests the server is answering, from arrival until the
 * response is finished or its connection closes, so a shutdown can say which
 * it had to cut.
 */
export function trackInFlight(server: ServerType): Set<InFlightRequest> {
  const inFlight = new Set<InFlightRequest>();
  server.on("request", (req: { method?: string }, res: ClosableResponse & NodeJS.EventEmitter) => {
    const entry = { method: req.method ?? "?", startedAt: performance.now(), response: res };
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
  onCut?: (request: Omit<InFlightRequest, "response"> & { elapsedMs: number }) => void;
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
      for (const { method, startedAt } of inFlight ?? [])
        onCut?.({ method, startedAt, elapsedMs: Math.round(now - startedAt) });
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, graceMs);
    force.unref();
    // A client that keeps asking over one keep-alive socket (a page polling /readyz) would keep that
    // socket busy, and close() waiting, until the grace ran out: from now on each answer ends its connection.
    for (const { response } of inFlight ?? []) closeAfter(response);
    server.on("request", (_req: unknown, res: ClosableResponse) => closeAfter(res));
    server.close(() => {
      clearTimeout(force);
      cleanup().then(resolve, reject);
    });
    // Keep-alive sockets with no request in flight would hold close() open.
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
}

/** Asks Node to close the response's connection once it is answered (too late once its head is out). */
function closeAfter(response: ClosableResponse): void {
  if (!response.headersSent) response.setHeader("Connection", "close");
}
