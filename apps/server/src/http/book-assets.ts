import { hasControlCharacters } from "@pagewise/api";
import type { Database } from "@pagewise/db";
import type { Hono } from "hono";
import type { Kysely } from "kysely";

export const BOOK_ASSETS_PREFIX = "/book-assets/";

// Content-hashed URLs: a changed file gets a new URL, so any copy may be kept for good.
const IMMUTABLE = "public, max-age=31536000, immutable";
// Nothing in an asset may run or load anything, even when opened on its own (an SVG with a script).
const IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const FILE_POLICY = "default-src 'none'; sandbox";

/**
 * The book's images and files (`book_asset`, written by ingest), at `/book-assets/<hash>/<name>`
 * (`path` is what follows the prefix). Images are shown inline under a CSP that forbids script;
 * any other type is a download, so an uploaded .html page never runs on our origin.
 */
export function mountBookAssets(app: Hono, db: Kysely<Database>): void {
  app.get(`${BOOK_ASSETS_PREFIX}*`, async (c) => {
    const path = assetPath(c.req.path);
    const asset =
      path === undefined
        ? undefined
        : await db
            .selectFrom("book_asset")
            .select(["content_type", "bytes"])
            .where("path", "=", path)
            .executeTakeFirst();
    if (asset === undefined) {
      return c.body("Not found", 404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
    }
    const headers: Record<string, string> = {
      "Content-Type": asset.content_type,
      "Cache-Control": IMMUTABLE,
      "X-Content-Type-Options": "nosniff",
    };
    if (isImage(asset.content_type)) headers["Content-Security-Policy"] = IMAGE_POLICY;
    else {
      headers["Content-Security-Policy"] = FILE_POLICY;
      headers["Content-Disposition"] = attachment(path?.split("/").at(-1) ?? "download");
    }
    return c.body(new Uint8Array(asset.bytes), 200, headers);
  });
}

/** The stored path for a request path, or undefined when it cannot name an asset. */
function assetPath(requestPath: string): string | undefined {
  try {
    const path = decodeURIComponent(requestPath.slice(BOOK_ASSETS_PREFIX.length));
    // Stored paths are `<hash>/<file name>`; a NUL or control character names none, and Postgres refuses NUL.
    return path === "" || path.split("/").includes("..") || hasControlCharacters(path) ? undefined : path;
  } catch {
    return undefined;
  }
}

function isImage(contentType: string): boolean {
  return /^image\/[\w.+-]+\s*(?:;|$)/i.test(contentType);
}

/** RFC 6266: an ASCII fallback name, and the real one percent-encoded. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
