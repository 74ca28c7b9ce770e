import { testDrivers } from "@pagewise/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";
import { seedBook } from "./support/seed-book";

describe.each(testDrivers())("sitemap.xml and robots.txt on %s", (driver) => {
  // No web build: the sitemap is the server's own, whether or not it serves the SPA.
  const app = useTestApp(driver);
  beforeAll(async () => {
    await seedBook(app.database.db, { title: "Book" }, [
      { slug: "", title: "Home", html: "<p>home</p>", updatedAt: new Date("2026-03-04T05:06:07.000Z") },
      { slug: "guides/a&b", title: "A and B", html: "<p>a</p>", updatedAt: new Date("2026-01-02T00:00:00.000Z") },
      { slug: "secret", title: "Hidden", html: "<p>s</p>", unlisted: true },
    ]);
  });

  it("lists every listed page with its absolute URL and last change, and no unlisted one", async () => {
    const response = await fetch(`${app.server.url}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    const origin = app.server.url;
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const urls = [...xml.matchAll(/<url><loc>([^<]*)<\/loc><lastmod>([^<]*)<\/lastmod><\/url>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(urls).toEqual([
      [`${origin}/docs`, "2026-03-04T05:06:07.000Z"],
      [`${origin}/docs/guides/a%26b`, "2026-01-02T00:00:00.000Z"],
    ]);
    expect(xml).not.toContain("secret");
  });

  it("points crawlers at the sitemap", async () => {
    const response = await fetch(`${app.server.url}/robots.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`Sitemap: ${app.server.url}/sitemap.xml`);
    expect(text).toContain("User-agent: *");
  });
});
