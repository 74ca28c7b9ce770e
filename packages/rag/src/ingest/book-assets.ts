import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { AssetStore } from "../markdown/resolve-references";

/** Larger files are left out of the database (and reported): a docs book links them, it should not carry them. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".bmp": "image/bmp",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".mp3": "audio/mpeg",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? "application/octet-stream";
}

export interface BookAssetFile {
  /** `book_asset.path`: `<first 16 hex of sha256>/<file name>`. */
  path: string;
  absolutePath: string;
  contentType: string;
}

export interface AssetCollector extends AssetStore {
  /** Every asset a page referenced so far, by its stored path. */
  referenced(): Map<string, BookAssetFile>;
}

/** Hashes the files pages reference (each once) and names them by content, so their URLs can be cached forever. */
export function createAssetCollector(): AssetCollector {
  const byFile = new Map<string, ReturnType<AssetStore["urlOf"]>>();
  const referenced = new Map<string, BookAssetFile>();
  return {
    urlOf(absolutePath) {
      const known = byFile.get(absolutePath);
      if (known !== undefined) return known;
      const result = store(absolutePath, referenced);
      byFile.set(absolutePath, result);
      return result;
    },
    referenced: () => referenced,
  };
}

function store(absolutePath: string, referenced: Map<string, BookAssetFile>): ReturnType<AssetStore["urlOf"]> {
  let size: number;
  try {
    const info = statSync(absolutePath);
    if (!info.isFile()) return { kind: "missing-asset", problem: `${absolutePath} is not a file` };
    size = info.size;
  } catch {
    return { kind: "missing-asset", problem: `${absolutePath} does not exist` };
  }
  if (size > MAX_ASSET_BYTES) {
    return { kind: "other", problem: `${basename(absolutePath)} is over the 10 MB limit for book assets (not stored)` };
  }
  const hash = createHash("sha256").update(readFileSync(absolutePath)).digest("hex").slice(0, 16);
  const name = basename(absolutePath);
  const path = `${hash}/${name}`;
  referenced.set(path, { path, absolutePath, contentType: contentTypeOf(name) });
  return { url: `/book-assets/${hash}/${encodeURIComponent(name)}` };
}
