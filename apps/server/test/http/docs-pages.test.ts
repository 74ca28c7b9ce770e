import { testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../src/testing";
import { seedBook } from "./support/seed-book";
import { createWebDistFixture, FIXTURE_TITLE } from "./support/web-dist-fixture";

const ARTICLE = "<h1>Quick start</h1>\n<p>Install with <code>npm i pagewise</code> &amp; go.</p>";

const batchAnswer = z.array(z.object({ result: z.object({ data: z.unknown() }) })).length(3);

/** The JSON the SPA reads on its first render. */
function initialDataOf(html: string): unknown {
  const match = /<script type="application\/json" id="pw-initial-data">([\s\S]*?)<\/script>/.exec(html);
  return match?.[1] === undefined ? undefined : JSON.parse(match[1]);
}

describe.each(testDrivers())("the book's pages as HTML on %s", (driver) => {
  const dist = createWebDistFixture();
  const app = useTestApp(driver, { webDistDir: dist.dir });
  beforeAll(async () => {
    await seedBook(app.database.db, { title: 'The "Big" <Book>' }, [
      { slug: "guides/quick-start", title: "Quick start", html: ARTICLE, description: "Start in <5> minutes & more" },
      { slug: "closing", title: "</script><script>alert(1)</script>", html: "<p>bye</p>", description: null },
      { slug: "launch-plan", title: "Launch plan", html: "<p>soon</p>", unlisted: true },
    ]);
  });
  afterAll(() => dist.remove());
  const get = (path: string, init?: RequestInit) => fetch(`${app.server.url}${path}`, { redirect: "manual", ...init });

  it("holds the article, title, description, canonical URL and Open Graph tags in the first HTML", async () => {
    const response = await get("/docs/guides/quick-start");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const html = await response.text();
    const origin = app.server.url;

    // The reader's frame around the article, so the header and sidebar do not jump in when the SPA renders.
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<script type="application\/json"/.exec(html)?.[1] ?? "";
    expect(root).toMatch(/^<div class="layout pw-prerender"><header class="site-header">/);
    expect(root).toContain('<a class="brand" href="/">The &quot;Big&quot; &lt;Book&gt;</a>');
    expect(root).toContain(
      '<li><a class="sidebar-link" href="/docs/guides/quick-start" aria-current="page">Quick start</a></li>',
    );
    // An unlisted page is not in the sidebar, as in the SPA.
    expect(root).not.toContain("Launch plan");
    expect(root).toContain(`<article class="doc-article markdown">${ARTICLE}</article>`);
    expect(root).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<title>Quick start · The &quot;Big&quot; &lt;Book&gt;</title>");
    expect(html).toContain('<meta name="description" content="Start in &lt;5&gt; minutes &amp; more" />');
    expect(html).not.toContain("Pagewise: documentation with accounts");
    expect(html).toContain(`<link rel="canonical" href="${origin}/docs/guides/quick-start" />`);
    expect(html).toContain('<meta property="og:title" content="Quick start" />');
    expect(html).toContain('<meta property="og:description" content="Start in &lt;5&gt; minutes &amp; more" />');
    expect(html).toContain('<meta property="og:site_name" content="The &quot;Big&quot; &lt;Book&gt;" />');
    expect(html).not.toContain("noindex");
    // The build's own tags stay: the SPA still loads from them.
    expect(html).toContain(`<script type="module" crossorigin src="${dist.script.path}"></script>`);
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it("answers a revalidation of an unchanged page with 304", async () => {
    const first = await get("/docs/guides/quick-start");
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await get("/docs/guides/quick-start", { headers: { "if-none-match": tag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("/docs/closing", { headers: { "if-none-match": tag ?? "" } });
    expect(other.status).toBe(200);
  });

  it("embeds what docs.get, docs.list and docs.book answer, as tRPC would send it", async () => {
    const html = await (await get("/docs/guides/quick-start")).text();
    const embedded = initialDataOf(html);
    const trpc = batchAnswer.parse(
      await (
        await get(
          `/trpc/docs.get,docs.list,docs.book?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { slug: "guides/quick-start" } }))}`,
        )
      ).json(),
    );
    expect(embedded).toEqual({
      queries: [
        { path: "docs.get", input: { slug: "guides/quick-start" }, result: trpc[0]?.result },
        { path: "docs.list", result: trpc[1]?.result },
        { path: "docs.book", result: trpc[2]?.result },
      ],
    });
    expect(trpc[0]?.result.data).toMatchObject({ html: ARTICLE });
  });

  it("escapes page data so no text can end the data script or the title", async () => {
    const html = await (await get("/docs/closing")).text();
    expect(html).toContain("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; · ");
    expect(html).not.toContain("<script>alert(1)");
    const data = /id="pw-initial-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(data).not.toContain("<");
    expect(JSON.stringify(initialDataOf(html))).toContain("</script><script>alert(1)</script>");
    // No description: none of the build's, and no empty tag.
    expect(html).not.toContain('name="description"');
  });

  it("serves an unlisted page with noindex, as Docusaurus does", async () => {
    const response = await get("/docs/launch-plan");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<p>soon</p>");
    expect(html).toContain('<meta name="robots" content="noindex" />');
  });

  it("answers an unknown page with 404, the SPA's shell and noindex", async () => {
    const tooLong = await get(`/docs/${"x".repeat(1500)}`);
    expect(tooLong.status).toBe(404);
    const response = await get("/docs/no/such/page");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain(`<script type="module" crossorigin src="${dist.script.path}"></script>`);
    // The reader's frame still renders at once; the page itself is left to the SPA's not-found view.
    const embedded = JSON.stringify(initialDataOf(html));
    expect(embedded).toContain('"docs.list"');
    expect(embedded).not.toContain('"docs.get"');
  });

  it("sends /docs to the book's first page when the book has no root index page", async () => {
    const response = await get("/docs?from=x");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/docs/guides/quick-start?from=x");
  });

  it("drops a trailing slash with a permanent redirect", async () => {
    const response = await get("/docs/guides/quick-start/");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/docs/guides/quick-start");
  });

  it("answers unknown paths with 404 and the SPA's pages with 200", async () => {
    for (const path of ["/no-such-page", "/sign-in/extra", "/assets-nope"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<meta name="robots" content="noindex" />');
    }
    for (const path of ["/", "/sign-in", "/reset-password?token=x", "/admin/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<title>${FIXTURE_TITLE}</title>`);
      expect(html, path).not.toContain("noindex");
    }
  });

  it("keeps JSON 404s for API paths", async () => {
    for (const path of ["/api/nope", "/auth/nope", "/trpc/nope"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toContain("application/json");
    }
    const missingAsset = await get("/assets/gone-123.js");
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.headers.get("content-type")).toContain("text/plain");
  });
});

describe.each(testDrivers())("the book's pages as HTML with BOOK_TITLE and BOOK_QUESTIONS on %s", (driver) => {
  const dist = createWebDistFixture();
  const book = { title: "Operator's Handbook", questions: ["Where do I start?"] };
  const app = useTestApp(driver, { webDistDir: dist.dir, book });
  beforeAll(() =>
    seedBook(app.database.db, { title: "Stored Title" }, [
      { slug: "guides/quick-start", title: "Quick start", html: ARTICLE, description: null },
    ]),
  );
  afterAll(() => dist.remove());

  // The SPA keeps the first docs.book for the whole visit: a page it starts on must name the book
  // as the operator does, like every later call.
  it("names the book as the operator does, in the title and in the SPA's first docs.book", async () => {
    const html = await (await fetch(`${app.server.url}/docs/guides/quick-start`)).text();
    expect(html).toContain("<title>Quick start · Operator&#39;s Handbook</title>");
    expect(html).not.toContain("Stored Title");
    expect(initialDataOf(html)).toMatchObject({
      queries: [{ path: "docs.get" }, { path: "docs.list" }, { path: "docs.book", result: { data: book } }],
    });
  });
});
