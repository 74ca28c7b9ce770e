import { describe, expect, it } from "vitest";
import { rememberRecent } from "../../src/http/remember-recent";
import { createVisitorKeys } from "../../src/http/visitor-key";

describe("visitor keys", () => {
  it("are the same for one reader all day, differ between readers, and are new the next day", () => {
    let today = new Date("2026-11-30T10:00:00Z");
    const keyOf = createVisitorKeys("a-secret-of-at-least-thirty-two-characters", () => today).visitor;
    const morning = keyOf("203.0.113.7", "Firefox");
    expect(morning).toMatch(/^[\w-]{32}$/);
    expect(keyOf("203.0.113.7", "Firefox")).toBe(morning);
    expect(keyOf("203.0.113.8", "Firefox")).not.toBe(morning);
    expect(keyOf("203.0.113.7", "Chrome")).not.toBe(morning);
    today = new Date("2026-12-01T00:00:01Z");
    const nextDay = keyOf("203.0.113.7", "Firefox");
    expect(nextDay).not.toBe(morning);
    expect(
      createVisitorKeys("a-secret-of-at-least-thirty-two-characters", () => today).visitor("203.0.113.7", "Firefox"),
    ).toBe(nextDay);
  });

  it("depend on the server's secret", () => {
    const day = () => new Date("2026-11-30T10:00:00Z");
    expect(
      createVisitorKeys("one-secret-of-at-least-thirty-two-chars", day).visitor("203.0.113.7", "Firefox"),
    ).not.toBe(createVisitorKeys("another-secret-of-at-least-thirty-two-ch", day).visitor("203.0.113.7", "Firefox"));
  });

  it("key votes by account, else by network: not by browser, an IPv6 host by its /64", () => {
    const keys = createVisitorKeys(
      "a-secret-of-at-least-thirty-two-characters",
      () => new Date("2026-11-30T10:00:00Z"),
    );
    expect(keys.voter("203.0.113.7", undefined)).toBe(keys.voter("203.0.113.7", undefined));
    expect(keys.voter("203.0.113.7", undefined)).not.toBe(keys.voter("203.0.113.8", undefined));
    expect(keys.voter("2001:db8:1:2::1", undefined)).toBe(keys.voter("2001:db8:1:2:ffff::9", undefined));
    expect(keys.voter("2001:db8:1:2::1", undefined)).not.toBe(keys.voter("2001:db8:1:3::1", undefined));
    // Signed in: the account, wherever it votes from; two accounts on one address vote apart.
    expect(keys.voter("203.0.113.7", "user-1")).toBe(keys.voter("198.51.100.1", "user-1"));
    expect(keys.voter("203.0.113.7", "user-1")).not.toBe(keys.voter("203.0.113.7", "user-2"));
    expect(keys.voter("203.0.113.7", undefined)).not.toBe(keys.visitor("203.0.113.7", ""));
  });
});

describe("rememberRecent", () => {
  it("computes a key once, starts over past its size and after forget()", () => {
    const computed: string[] = [];
    const recall = rememberRecent((key) => {
      computed.push(key);
      return key.toUpperCase();
    }, 2);
    expect([recall("a"), recall("a"), recall("b"), recall("a")]).toEqual(["A", "A", "B", "A"]);
    expect(computed).toEqual(["a", "b"]);
    recall("c"); // the third key: the memory starts over with it
    recall("a");
    expect(computed).toEqual(["a", "b", "c", "a"]);
    recall.forget();
    recall("a");
    expect(computed).toEqual(["a", "b", "c", "a", "a"]);
  });
});
