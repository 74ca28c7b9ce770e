import type { Server } from "node:http";

/** Starts `server` on a free loopback port and returns its base URL and a close() that drops open streams too. */
export async function listen(server: Server): Promise<{ origin: string; close(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP address");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function readBody(request: AsyncIterable<Buffer | string>): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk.toString();
  return body;
}
