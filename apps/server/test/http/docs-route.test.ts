import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/observability/logger";
import { useTestApp } from "../../src/testing";
import { seedBook } from "./support/seed-book";
import { createWebDistFixture } from "./support/web-dist-fixture";

const PAGES = [
  { slug: "guides/quick-start", title: "Quick start", html: "<p>Install it.</p>", description: null },
  { slug: "closing", title: "Closing", html: "<p>bye</p>", description: null },
];

/** A site whose docusaurus.config sets routeBasePath, as the server applies it. */
function useSite(docsRoute: string, logLines: string[] = []) {
  const dist = createWebDistFixture();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const app = useTestApp("pglite", { webDistDir: dist.dir, docsRoute, logger: createLogger("info", destination) });
  beforeAll(() => seedBook(app.database.db, { title: "Handbook" }, PAGES));
  afterAll(() => dist.remove());
  const get = (path: string) => fetch(`${app.server.url}${path}`, { redirect: "manual" });
  return { app, dist, get };
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const docsRouteMetaOf = (html: string) => /<meta name="pagewise-docs-route" content="([^"]*)"/.exec(html)?.[1];

describe("a book served at routeBasePath /guides", () => {
  const { app, get } = useSite("/guides");

  it("serves its pages at /guides/…, with links, canonical URL and sitemap there, and tells the SPA", async () => {
    const response = await get("/guides/guides/quick-start");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(canonicalOf(html)).toBe(`${app.server.url}/guides/guides/quick-start`);
    expect(html).toContain('<a class="sidebar-link" href="/guides/closing">Closing</a>');
    expect(docsRouteMetaOf(html)).toBe("/guides");
    // The app's own pages know it too: their links into the book are the router's.
    expect(docsRouteMetaOf(await (await get("/sign-in")).text())).toBe("/guides");

    const sitemap = await (await get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${app.server.url}/guides/closing</loc>`);
    expect(sitemap).not.toContain("/docs/");
  });

  it("moves /docs/… (what the book's links and the API's citations say) there, query kept", async () => {
    const moved = await get("/docs/guides/quick-start?tab=npm");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/guides/guides/quick-start?tab=npm");
    expect((await get("/docs")).headers.get("location")).toBe("/guides");
  });

  it("starts at the first page, and keeps one URL a page", async () => {
    const home = await get("/guides");
    expect(home.status).toBe(302);
    expect(home.headers.get("location")).toBe("/guides/guides/quick-start");
    const slash = await get("/guides/closing/");
    expect(slash.status).toBe(301);
    expect(slash.headers.get("location")).toBe("/guides/closing");
    expect((await get("/guides/nowhere")).status).toBe(404);
  });
});

describe("a book served at the site's root (routeBasePath /)", () => {
  const { app, dist, get } = useSite("");

  it("serves its home at / and its pages at /…, and the app's pages where they were", async () => {
    const home = await get("/");
    expect(home.status).toBe(302);
    expect(home.headers.get("location")).toBe("/guides/quick-start");

    const page = await get("/closing");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(canonicalOf(html)).toBe(`${app.server.url}/closing`);
    expect(html).toContain("<p>bye</p>");
    expect(docsRouteMetaOf(html)).toBe("");
    // The header's title leads to the app's home, the assistant, as in the SPA.
    expect(html).toContain('<a class="brand" href="/assistant">Handbook</a>');

    for (const path of ["/assistant", "/sign-in", "/profile"]) {
      const shell = await get(path);
      expect(shell.status, path).toBe(200);
      expect(await shell.text(), path).not.toContain("<p>bye</p>");
    }
    // The build's files are still files.
    const script = await get(dist.script.path);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(dist.script.text);
  });

  it("answers 404 for a path that is neither a page of the book nor of the app, and moves /docs/…", async () => {
    const missing = await get("/no-such-page");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<meta name="robots" content="noindex" />');
    const moved = await get("/docs/closing");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/closing");
    expect((await get("/docs")).headers.get("location")).toBe("/");
    expect(await (await get("/sitemap.xml")).text()).toContain(`<loc>${app.server.url}/closing</loc>`);
  });
});

describe("a routeBasePath the app already answers", () => {
  const log: string[] = [];
  const { get } = useSite("/sign-in", log);

  it("is not applied, and the log says why: the book stays at /docs", async () => {
    expect((await get("/docs/closing")).status).toBe(200);
    expect((await get("/sign-in")).status).toBe(200);
    expect(log.join("\n")).toContain("routeBasePath /sign-in is not applied (/sign-in is a page of the app)");
  });
});
