import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The client's IP for rate limits and the auth log. The socket's peer address,
 * unless TRUST_PROXY=true, when it is the address the proxy in front of us saw
 * (the right-most X-Forwarded-For entry: the one a client cannot forge). Undefined
 * when there is no socket (an in-process `app.request` in tests).
 */
export function clientIp(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req
      .header("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded) return normalise(forwarded);
  }
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalise(address) : undefined;
  } catch {
    return undefined;
  }
}

// IPv4 clients of a dual-stack socket appear as ::ffff:1.2.3.4.
function normalise(address: string): string {
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}
