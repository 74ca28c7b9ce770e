import { createServer } from "node:net";

/**
 * A loopback port that was free a moment ago. The auth tests need the port before the server
 * starts: Better Auth's base URL (BETTER_AUTH_URL) must be the origin the browser sees, or it
 * refuses the browser's requests as coming from a foreign origin.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === "string") reject(new Error("no TCP port"));
        else resolve(address.port);
      });
    });
  });
}
