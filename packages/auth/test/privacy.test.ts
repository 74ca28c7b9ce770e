import { describe, expect, it } from "vitest";
import { ipNetwork } from "../src/events/ip-network";
import { coarseUserAgent, hashIp } from "../src/events/privacy";

describe("hashIp", () => {
  it("is stable per secret, unlinkable across secrets, and never the address", () => {
    const a = hashIp("198.51.100.4", "secret-one");
    expect(a).toBe(hashIp("198.51.100.4", "secret-one"));
    expect(a).not.toBe(hashIp("198.51.100.5", "secret-one"));
    expect(a).not.toBe(hashIp("198.51.100.4", "secret-two"));
    expect(a).not.toContain("198.51");
    expect(hashIp(undefined, "s")).toBeNull();
  });
});

describe("coarseUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0",
      "Edge on Windows",
    ],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", "Firefox on Linux"],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
      "Chrome on macOS",
    ],
    ["curl/8.5.0", "curl"],
    ["", null],
    // Its own answers, as sessions store them, are kept as they are.
    ["Firefox on Linux", "Firefox on Linux"],
    ["Other on Android", "Other on Android"],
    ["Firefox on Mars", "Other"],
  ])("%s → %s", (userAgent, expected) => {
    expect(coarseUserAgent(userAgent)).toBe(expected);
  });
});

describe("ipNetwork", () => {
  it.each([
    ["203.0.113.9", 24, 48, "203.0.113.0/24"],
    ["203.0.113.9", 32, 64, "203.0.113.9/32"],
    ["2001:db8:1:2:3:4:5:6", 24, 48, "2001:db8:1::/48"],
    ["2001:0db8:0001:0002::9", 24, 64, "2001:db8:1:2::/64"],
    ["::ffff:203.0.113.9", 24, 64, "0:0:0:0::/64"],
    ["fe80::1%eth0", 24, 64, "fe80:0:0:0::/64"],
  ] as const)("%s → v4 /%i, v6 /%i: %s", (ip, v4Bits, v6Bits, expected) => {
    expect(ipNetwork(ip, { v4Bits, v6Bits })).toBe(expected);
  });

  it("answers undefined for what is not an address", () => {
    expect(ipNetwork("not an address", { v4Bits: 24, v6Bits: 48 })).toBeUndefined();
  });
});
