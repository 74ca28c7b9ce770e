import { isIPv4, isIPv6 } from "node:net";

/**
 * The network an address belongs to, in CIDR notation: `203.0.113.0/24` for an
 * IPv4 address, `2001:db8:1:2::/64` (or another prefix) for an IPv6 one. What is
 * kept of an address where the address itself is not needed: enough to tell a
 * reader "your phone, at home", not to find them.
 */
export function ipNetwork(ip: string, { v4Bits, v6Bits }: { v4Bits: 8 | 16 | 24 | 32; v6Bits: 16 | 32 | 48 | 64 }) {
  const address = ip.split("%")[0] ?? ip;
  if (isIPv4(address)) {
    const kept = address.split(".").slice(0, v4Bits / 8);
    return `${[...kept, ...Array<string>(4 - kept.length).fill("0")].join(".")}/${v4Bits}`;
  }
  if (isIPv6(address))
    return `${ipv6Hextets(address)
      .slice(0, v6Bits / 16)
      .join(":")}::/${v6Bits}`;
  return undefined;
}

/** The eight hextets of an IPv6 address, "::" expanded and an embedded IPv4 tail converted. */
function ipv6Hextets(address: string): string[] {
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
