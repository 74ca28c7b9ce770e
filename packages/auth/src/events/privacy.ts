import { createHmac } from "node:crypto";

/**
 * A keyed hash of the client IP: the same address gives the same value (so
 * abuse from one address shows up), but without the secret it cannot be turned
 * back into an address, and rotating the secret unlinks the whole history.
 */
export function hashIp(ip: string | null | undefined, secret: string): string | null {
  if (!ip) return null;
  return createHmac("sha256", secret).update(`ip:${ip}`).digest("base64url").slice(0, 32);
}

export { coarseUserAgent } from "./user-agent";
