import { testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";
import { seedBook } from "./support/seed-book";
import { createWebDistFixture } from "./support/web-dist-fixture";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><circle r="4"/></svg>';
const HTML_FILE = "<!doctype html><script>fetch('/api/auth/get-session')</script>";
const PDF = Buffer.from("%PDF-1.4\n%…\n");

const IMMUTABLE = "public, max-age=31536000, immutable";

describe.each(testDrivers())("caching and the book's assets on %s", (driver) => {
  const dist = createWebDistFixture();
  const app = useTestApp(driver, { webDistDir: dist.dir });
  beforeAll(async () => {
    const { db } = app.database;
    await seedBook(db, { title: "Book" }, [{ slug: "intro", title: "Intro", html: "<p>Hello</p>" }]);
    await db
      .insertInto("book_asset")
      .values([
        { path: "a1b2c3/diagram.png", content_type: "image/png", bytes: PNG },
        { path: "d4e5f6/logo.svg", content_type: "image/svg+xml", bytes: Buffer.from(SVG) },
        { path: "0a0b0c/page.html", content_type: "text/html; charset=utf-8", bytes: Buffer.from(HTML_FILE) },
        { path: "9f8e7d/Ünïcode report.pdf", content_type: "application/pdf", bytes: PDF },
      ])
      .execute();
  });
  afterAll(() => dist.remove());
  const get = (path: string) => fetch(`${app.server.url}${path}`);

  it("caches hashed assets for a year, immutable, and pages not at all", async () => {
    for (const path of [dist.script.path, dist.style.path]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe(IMMUTABLE);
    }
    for (const path of ["/docs/intro", "/", "/sign-in"]) {
      const response = await get(path);
      expect(response.headers.get("cache-control"), path).toBe("no-cache");
    }
  });

  it("serves images with their type, cached for good, under a policy that runs no script", async () => {
    const png = await get("/book-assets/a1b2c3/diagram.png");
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(png.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await png.arrayBuffer()).equals(PNG)).toBe(true);

    const svg = await get("/book-assets/d4e5f6/logo.svg");
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    const policy = svg.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("sandbox");
    expect(policy).not.toContain("script-src 'self'");
    expect(svg.headers.get("content-disposition")).toBeNull();
    expect(await svg.text()).toBe(SVG);
  });

  it("serves any other file as a download in a sandbox, so an uploaded page never runs on our origin", async () => {
    const html = await get("/book-assets/0a0b0c/page.html");
    expect(html.status).toBe(200);
    expect(html.headers.get("content-disposition")).toBe(
      `attachment; filename="page.html"; filename*=UTF-8''page.html`,
    );
    expect(html.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");

    const pdf = await get(`/book-assets/9f8e7d/${encodeURIComponent("Ünïcode report.pdf")}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe(
      `attachment; filename="_n_code report.pdf"; filename*=UTF-8''${encodeURIComponent("Ünïcode report.pdf")}`,
    );
    expect(pdf.headers.get("cache-control")).toBe(IMMUTABLE);
  });

  it("answers an unknown asset with a plain 404", async () => {
    for (const path of ["/book-assets/ffffff/nope.png", "/book-assets/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("cache-control"), path).not.toContain("immutable");
    }
    // A malformed path names no asset (whichever layer refuses it: 400 or 404), and is never kept.
    const malformed = await get("/book-assets/%E0%A4%A");
    expect([400, 404]).toContain(malformed.status);
    expect(malformed.headers.get("cache-control") ?? "").not.toContain("immutable");
  });

  it("keeps the app's own policy on its pages", async () => {
    const page = await get("/docs/intro");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});
