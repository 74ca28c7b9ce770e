import { isIPv6 } from "node:net";

/**
 * Whom a rate limit counts: an IPv4 address as it is, an IPv6 address by its
 * /64 network (as Better Auth's own limiter does). One IPv6 host usually owns
 * a whole /64, 2^64 addresses: counted per address, it could take a fresh
 * bucket for every request.
 */
export function rateLimitSubject(ip: string): string {
  const address = ip.split("%")[0] ?? ip;
  if (!isIPv6(address)) return ip;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight hextets of an IPv6 address, "::" expanded and an embedded IPv4 tail converted. */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase();
  const ipv4Tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.slice(1).map(Number);
    const hex = (high = 0, low = 0) => ((high << 8) | low).toString(16);
    text = `${text.slice(0, ipv4Tail.index)}${hex(a, b)}:${hex(c, d)}`;
  }
  const [head = "", tail] = text.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - headParts.length - tailParts.length;
  return [...headParts, ...Array<string>(missing).fill("0"), ...tailParts].map((part) => part.replace(/^0+(?=.)/, ""));
}
