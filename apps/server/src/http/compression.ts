import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/compress";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface CompressionOptions {
  /** Smaller bodies go as they are: compressing them saves less than it costs. */
  thresholdBytes?: number;
  /** Brotli's quality for answers compressed per request (0-11); the build precompresses assets at 11. */
  brotliQuality?: number;
}

type Encoding = "br" | "gzip";

// Streamed answers must reach the client as they are produced: compressing one would hold its
// pieces back in the compressor. tRPC streams (httpBatchStreamLink) answer as application/json,
// so the request's own "I accept JSON lines" is what tells them apart.
const STREAMED_TYPES = /^\s*(?:text\/event-stream|application\/(?:jsonl|x-ndjson))\b/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/**
 * Brotli or gzip for text answers (HTML, JS, CSS, JSON, SVG, XML), as the client's
 * Accept-Encoding prefers, with `Vary: Accept-Encoding`. Files the build precompressed arrive
 * already encoded and pass through; streamed answers (tRPC JSON lines, SSE) are never held back.
 */
export function compression(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.thresholdBytes ?? 1024;
  const quality = options.brotliQuality ?? 5;
  return async (c, next) => {
    await next();
    const response = c.res;
    const type = response.headers.get("Content-Type");
    if (type === null || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || STREAMED_TYPES.test(type)) return;
    if (isStreamRequest(c.req.raw.headers)) return;
    if (response.headers.has("Content-Encoding")) return;
    if (NO_TRANSFORM.test(response.headers.get("Cache-Control") ?? "")) return;
    // Set on the answer itself: Hono's c.header() would copy a finished answer into a new Response.
    response.headers.set("Vary", withVary(response.headers.get("Vary"), "Accept-Encoding"));
    const encoding = preferredEncoding(c.req.header("Accept-Encoding"));
    if (encoding === undefined || c.req.method === "HEAD") return;
    if (response.status === 204 || response.status === 206 || response.status === 304) return;
    const declaredLength = Number(response.headers.get("Content-Length") ?? Number.NaN);
    if (declaredLength < threshold || response.body === null) return;

    // Non-streamed answers are complete before they are sent, so reading them whole costs no latency.
    const body = Buffer.from(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    if (body.length < threshold) {
      replaceResponse(c, new Response(body, { status: response.status, statusText: response.statusText, headers }));
      return;
    }
    const compressed =
      encoding === "br"
        ? await brotliAsync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzipAsync(body, { level: 6 });
    headers.set("Content-Encoding", encoding);
    headers.set("Content-Length", String(compressed.length));
    const etag = headers.get("ETag");
    if (etag !== null && !etag.startsWith("W/")) headers.set("ETag", `W/${etag}`);
    replaceResponse(c, new Response(compressed, { status: response.status, statusText: response.statusText, headers }));
  };
}

function isStreamRequest(headers: Headers): boolean {
  const accept = headers.get("trpc-accept") ?? headers.get("accept") ?? "";
  return accept.split(",").some((value) => value.trim().split(";")[0] === "application/jsonl");
}

/** Brotli unless the client prefers gzip (q-values) or accepts neither. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (acceptEncoding === undefined) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzipWeight = weightOf("gzip");
  if (br > 0 && br >= gzipWeight) return "br";
  if (gzipWeight > 0) return "gzip";
  return undefined;
}

function withVary(current: string | null, field: string): string {
  if (current === null) return field;
  if (
    current === "*" ||
    current
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(field.toLowerCase())
  )
    return current;
  return `${current}, ${field}`;
}

// Hono copies the old response's headers onto a new one (Content-Length included) unless it is cleared first.
function replaceResponse(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}
