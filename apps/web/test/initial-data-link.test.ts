import type { AppRouter } from "@pagewise/api";
import { createTRPCClient, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import { describe, expect, it } from "vitest";
import { initialDataLink, parseInitialQueries } from "../src/trpc";

const EMBEDDED = JSON.stringify({
  queries: [
    { path: "docs.get", input: { slug: "guides/a" }, result: { data: { slug: "guides/a", title: "A" } } },
    { path: "docs.list", result: { data: [{ id: "docs", items: [{ type: "doc", label: "A", slug: "guides/a" }] }] } },
    { path: "docs.book", result: { data: null } },
    { path: 42, result: { data: "not a query" } },
  ],
});

/** Stands in for the HTTP links: answers every call with where it came from, and counts them. */
function networkLink(calls: string[]): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        calls.push(`${op.path} ${JSON.stringify(op.input)}`);
        observer.next({ result: { type: "data", data: "from the network" } });
        observer.complete();
      });
}

describe("the page's embedded answers", () => {
  it("reads well-formed queries and ignores anything else", () => {
    expect(parseInitialQueries(EMBEDDED).map((query) => query.path)).toEqual(["docs.get", "docs.list", "docs.book"]);
    expect(parseInitialQueries(undefined)).toEqual([]);
    expect(parseInitialQueries("{not json")).toEqual([]);
    expect(parseInitialQueries('{"queries":{}}')).toEqual([]);
  });

  it("answers each embedded query once, without a request, then leaves it to the network", async () => {
    const calls: string[] = [];
    const client = createTRPCClient<AppRouter>({
      links: [initialDataLink(parseInitialQueries(EMBEDDED)), networkLink(calls)],
    });
    expect(await client.docs.get.query({ slug: "guides/a" })).toEqual({ slug: "guides/a", title: "A" });
    expect(await client.docs.list.query()).toEqual([
      { id: "docs", items: [{ type: "doc", label: "A", slug: "guides/a" }] },
    ]);
    expect(await client.docs.book.query()).toBeNull();
    expect(calls).toEqual([]);

    // A second ask (a refetch), and another page, go to the server.
    expect(await client.docs.get.query({ slug: "guides/a" })).toBe("from the network");
    expect(await client.docs.get.query({ slug: "guides/b" })).toBe("from the network");
    expect(calls).toEqual(['docs.get {"slug":"guides/a"}', 'docs.get {"slug":"guides/b"}']);
  });
});
