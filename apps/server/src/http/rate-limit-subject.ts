import { ipNetwork } from "@pagewise/auth";

/**
 * Whom a rate limit counts: an IPv4 address as it is, an IPv6 address by its
 * /64 network (as Better Auth's own limiter does). One IPv6 host usually owns
 * a whole /64, 2^64 addresses: counted per address, it could take a fresh
 * bucket for every request.
 */
export function rateLimitSubject(ip: string): string {
  return ipNetwork(ip, { v4Bits: 32, v6Bits: 64 })?.replace(/\/32$/, "") ?? ip;
}
