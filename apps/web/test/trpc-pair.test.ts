import { createRequire } from "node:module";
import type { AppRouter } from "@pagewise/api";
import { useTestApp } from "@pagewise/server/testing";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCQueryUtils } from "@trpc/react-query";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/**
 * The SPA stays on @trpc/react-query, whose newest release is older than the tRPC core the server
 * runs; the root's `overrides` give it that core. This is the pair working: its query utilities,
 * on the core's client, against the real server.
 */
describe("@trpc/react-query on the server's tRPC core", () => {
  const app = useTestApp("pglite");

  it("runs on the same @trpc/client and @trpc/server as the server", () => {
    expect(versionOf("@trpc/client")).toBe(versionOf("@trpc/server"));
    expect(versionOf("@trpc/react-query").split(".")[0]).toBe(versionOf("@trpc/server").split(".")[0]);
  });

  it("fetches and caches through its query utilities", async () => {
    const queryClient = new QueryClient();
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${app.server.url}/trpc` })] });
    const utils = createTRPCQueryUtils({ queryClient, client });
    const health = await utils.health.fetch();
    expect(health).toMatchObject({ status: "ok" });
    expect(utils.health.getData()).toEqual(health);
    const book = await utils.docs.book.fetch();
    expect(book.versions).toEqual(expect.any(Array));
  });
});
