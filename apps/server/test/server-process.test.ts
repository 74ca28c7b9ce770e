import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { AppRouter } from "@pagewise/api";
import { createTestDatabase, startNeonBridge, testDrivers } from "@pagewise/db/testing";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../src/testing/server-process";

const fixtureDocs = join(import.meta.dirname, "../../../packages/rag/test/fixtures/basic-docs");

function client(url: string) {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${url}/trpc` })] });
}

describe("the built server on the embedded database", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-server-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("answers health over tRPC, then exits 0 on SIGTERM and releases the database", async () => {
    const server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}` });
    const health = await client(server.url).health.query();
    expect(health).toMatchObject({ status: "ok", database: { driver: "pglite", status: "up" } });
    expect(server.output()).toContain("Applied migration 0001-auth-core");
    // The book (the project's own docs/) is indexed after the server listens, then read into the search index.
    await expect
      .poll(() => server.output(), { timeout: 60_000 })
      .toMatch(/Search index ready: [1-9]\d* chunks in \d+\.\d s\./);
    expect(server.output().indexOf("listening on")).toBeLessThan(server.output().indexOf("Indexed "));

    expect(await server.stop("SIGTERM")).toBe(0);
    expect(readdirSync(dataDir)).not.toContain("pagewise.pid");
  });

  it("keeps its data across a restart (nothing left to migrate) and stops on SIGINT", async () => {
    const server = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}` });
    expect(server.output()).not.toContain("Applied migration");
    // Its book's sources are as the first start left them: confirmed from their fingerprint, nothing parsed.
    await expect
      .poll(() => server.output(), { timeout: 60_000 })
      .toMatch(/nothing changed since the last ingest \(\d+ pages\), confirmed in \d+\.\d s/);
    expect(await server.stop("SIGINT")).toBe(0);
  });
});

describe("the book while the server starts", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-book-state-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const readiness = async (url: string) => (await fetch(`${url}/readyz`)).json();

  it("is ready once the first book is stored, and says when a later ingest failed, serving the book as it was", async () => {
    const first = await startServerProcess({ DATABASE_URL: `pglite:${dataDir}`, DOCS_DIR: fixtureDocs });
    expect(await readiness(first.url)).toMatchObject({ status: "ready", book: { failedPages: 0 } });
    expect(await first.stop("SIGTERM")).toBe(0);

    // DOCS_DIR is now a file: the ingest fails, the server goes on serving the book as last indexed.
    const second = await startServerProcess({
      DATABASE_URL: `pglite:${dataDir}`,
      DOCS_DIR: join(fixtureDocs, "intro.md"),
    });
    await expect.poll(async () => (await readiness(second.url)).book?.state, { timeout: 60_000 }).toBe("stale");
    expect(await readiness(second.url)).toMatchObject({
      status: "ready",
      book: { lastIngestError: expect.stringMatching(/does not exist or is not a directory/) },
    });
    expect(second.output()).toMatch(/"level":50.*Could not index/);
    const page = await client(second.url).docs.get.query({ slug: "" });
    expect(page.title).toBe("Welcome to Quillstack");
    expect(await second.stop("SIGTERM")).toBe(0);
  });
});

describe("a Docusaurus site as SITE_DIR", () => {
  const siteDir = mkdtempSync(join(tmpdir(), "pagewise-site-"));
  afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

  it("reads the book from the docs folder its config names, ordered and named as the site writes them", async () => {
    const files: Record<string, string> = {
      "docusaurus.config.ts": `import {themes} from 'prism-react-renderer';
export default async function createConfig() {
  return {
    title: 'Acme Handbook', tagline: 'How we ship', url: 'https://handbook.acme.dev', baseUrl: '/',
    presets: [['classic', { docs: {
      path: 'handbook', sidebarPath: './handbook-sidebars.ts', routeBasePath: '/',
      editUrl: 'https://github.com/acme/handbook/edit/main/',
    } }]],
    themeConfig: { prism: { theme: themes.github } },
  };
}`,
      "handbook-sidebars.ts":
        "export default { handbook: ['welcome', { type: 'category', label: 'Shipping', items: ['release', 'review'] }] };",
      "handbook/welcome.md": "# Welcome\n\nThe Acme handbook.\n",
      "handbook/review.md": "# Code review\n\nTwo approvals.\n",
      "handbook/release.md": "# Releasing\n\nTag and push.\n",
      "docs/not-this.md": "# Not the book\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(siteDir, dirname(path)), { recursive: true });
      writeFileSync(join(siteDir, path), text);
    }
    const server = await startServerProcess({ DATABASE_URL: "pglite:memory", SITE_DIR: siteDir });
    await expect.poll(() => server.output(), { timeout: 60_000 }).toMatch(/Search index ready/);
    expect(server.output()).toContain(`the book is ${join(siteDir, "handbook")}`);
    // routeBasePath "/": the book is the site's root, as on the published site.
    const page = await fetch(`${server.url}/release`, { redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Tag and push.");
    const moved = await fetch(`${server.url}/docs/release`, { redirect: "manual" });
    expect(moved.headers.get("location")).toBe("/release");
    const api = client(server.url);
    expect(await api.docs.book.query()).toMatchObject({ title: "Acme Handbook", tagline: "How we ship" });
    const [sidebar] = await api.docs.list.query();
    expect(sidebar?.items).toMatchObject([{ label: "Welcome" }, { label: "Shipping" }]);
    const release = await api.docs.get.query({ slug: "release" });
    expect(release.next).toEqual({ slug: "review", label: "Code review" });
    expect(release.editUrl).toBe("https://github.com/acme/handbook/edit/main/handbook/release.md");
    await expect(api.docs.get.query({ slug: "not-this" })).rejects.toThrow(/No page at/);
    expect(await server.stop("SIGTERM")).toBe(0);
  });

  it("refuses to start when SITE_DIR holds no site, or DOCS_DIR is set too", async () => {
    await expect(startServerProcess({ DATABASE_URL: "pglite:memory", SITE_DIR: tmpdir() })).rejects.toThrow(
      /SITE_DIR .* holds no readable docusaurus\.config\.ts/,
    );
    await expect(
      startServerProcess({ DATABASE_URL: "pglite:memory", SITE_DIR: siteDir, DOCS_DIR: fixtureDocs }),
    ).rejects.toThrow(/SITE_DIR and DOCS_DIR are both set/);
  });
});

describe("start-up errors", () => {
  it("refuses to start in production without a strong BETTER_AUTH_SECRET", async () => {
    await expect(startServerProcess({ NODE_ENV: "production", DATABASE_URL: "pglite:memory" })).rejects.toThrow(
      /BETTER_AUTH_SECRET is required in production/,
    );
    await expect(
      startServerProcess({ NODE_ENV: "production", DATABASE_URL: "pglite:memory", BETTER_AUTH_SECRET: "tooshort" }),
    ).rejects.toThrow(/BETTER_AUTH_SECRET is too short/);
  });

  it("names a bad variable and exits 1", async () => {
    await expect(startServerProcess({ PORT: "eighty" })).rejects.toThrow(/PORT must be a number \(got "eighty"\)/);
  });

  it("names DATABASE_URL without its password when the database is unreachable", async () => {
    const failure = startServerProcess({ DATABASE_URL: "postgres://app:topsecret@127.0.0.1:9/app" });
    await expect(failure).rejects.toThrow(/DATABASE_URL=postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/app/);
    await expect(failure).rejects.not.toThrow(/topsecret/);
  });
});

const networkDrivers = testDrivers().filter((driver) => driver !== "pglite");
describe.runIf(networkDrivers.length > 0).each(networkDrivers)("the built server on %s", (driver) => {
  it("migrates, answers health and shuts down cleanly", async () => {
    const database = await createTestDatabase(driver);
    const bridge = driver === "neon" ? await startNeonBridge() : undefined;
    try {
      const server = await startServerProcess({
        DATABASE_URL: database.url,
        ...(bridge ? { DATABASE_DRIVER: "neon", NEON_WS_PROXY: bridge.proxy } : {}),
      });
      expect(await client(server.url).health.query()).toMatchObject({ database: { driver, status: "up" } });
      expect(server.output()).toContain(`driver: ${driver}`);
      expect(await server.stop()).toBe(0);
    } finally {
      await bridge?.close();
      await database.dispose();
    }
  });
});
