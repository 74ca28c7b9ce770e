import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "../../src/http/security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== "")
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe("the pages' Content-Security-Policy", () => {
  const app = new Hono().use(securityHeaders({ https: false })).get("/docs/x", (c) => c.html("<p>page</p>"));

  it("lets a book show images from other https sites, and nothing else from them", async () => {
    const policy = directives((await app.request("/docs/x")).headers.get("content-security-policy") ?? "");
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "https:"]);
    // Plain http images stay blocked; scripts, frames and fetches stay our own.
    expect(policy.get("img-src")).not.toContain("http:");
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});
