import type { Database } from "@pagewise/db";
import type { Hono } from "hono";
import type { Kysely } from "kysely";
import { docsPageUrl } from "./docs-urls";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);

/**
 * `/sitemap.xml`: every page of the book a reader can find (unlisted pages are left out, as
 * Docusaurus does), with its last change; `/robots.txt` points crawlers at it.
 */
export function mountSitemap(app: Hono, db: Kysely<Database>, siteOrigin: string, docsRoute: string): void {
  app.get("/sitemap.xml", async (c) => {
    const pages = await db
      .selectFrom("document")
      .select(["slug", "updated_at"])
      .where("unlisted", "=", false)
      .orderBy("slug")
      .execute();
    const urls = pages.map(
      (page) =>
        `  <url><loc>${escapeXml(docsPageUrl(siteOrigin, page.slug, docsRoute))}</loc>` +
        `<lastmod>${new Date(page.updated_at).toISOString()}</lastmod></url>`,
    );
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls,
      "</urlset>",
      "",
    ].join("\n");
    return c.body(xml, 200, { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "no-cache" });
  });

  app.get("/robots.txt", (c) =>
    c.body(
      `User-agent: *\nDisallow: /api/\nDisallow: /trpc/\nDisallow: /auth/\n\nSitemap: ${siteOrigin}/sitemap.xml\n`,
      200,
      {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-cache",
      },
    ),
  );
}
