import { extname } from "node:path";

/**
 * The kinds of file a book may publish as an asset, by extension, each with a
 * check that the bytes really are of that kind. A docs folder is written by
 * strangers: a file named `x.png` that is a server's environment, or a text
 * file renamed `.pdf`, is refused rather than served under a trusted type.
 */
interface AssetType {
  contentType: string;
  /** Whether the file's bytes are of this type. */
  matches(bytes: Uint8Array): boolean;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

const ascii = (bytes: Uint8Array, at: number, text: string): boolean =>
  [...text].every((char, index) => bytes[at + index] === char.charCodeAt(0));

/** ISO base media files (MP4, AVIF): a box size, then `ftyp`. */
const isoMedia = (bytes: Uint8Array): boolean => ascii(bytes, 4, "ftyp");

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Text a person wrote: valid UTF-8 with no NUL (what `/proc/self/environ` and binaries have). */
function textOf(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

const isText = (bytes: Uint8Array): boolean => textOf(bytes) !== undefined;

function isJson(bytes: Uint8Array): boolean {
  const text = textOf(bytes);
  if (text === undefined) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An SVG document: text whose first element (after a prolog, comments or a doctype) is `<svg`. */
function isSvg(bytes: Uint8Array): boolean {
  const text = textOf(bytes);
  if (text === undefined) return false;
  const prolog = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i;
  return /^<svg[\s>/]/i.test(text.replace(prolog, ""));
}

const zip = (bytes: Uint8Array) =>
  startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);

const ASSET_TYPES: Readonly<Record<string, AssetType>> = {
  ".png": { contentType: "image/png", matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  ".jpg": { contentType: "image/jpeg", matches: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  ".jpeg": { contentType: "image/jpeg", matches: (b) => startsWith(b, 0xff, 0xd8, 0xff) },
  ".gif": { contentType: "image/gif", matches: (b) => ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a") },
  ".webp": { contentType: "image/webp", matches: (b) => ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP") },
  ".avif": { contentType: "image/avif", matches: isoMedia },
  ".ico": { contentType: "image/x-icon", matches: (b) => startsWith(b, 0x00, 0x00, 0x01, 0x00) },
  ".bmp": { contentType: "image/bmp", matches: (b) => ascii(b, 0, "BM") },
  ".svg": { contentType: "image/svg+xml", matches: isSvg },
  ".pdf": { contentType: "application/pdf", matches: (b) => ascii(b, 0, "%PDF-") },
  ".zip": { contentType: "application/zip", matches: zip },
  ".docx": {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    matches: zip,
  },
  ".xlsx": { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", matches: zip },
  ".pptx": {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    matches: zip,
  },
  ".json": { contentType: "application/json", matches: isJson },
  ".txt": { contentType: "text/plain; charset=utf-8", matches: isText },
  ".csv": { contentType: "text/csv; charset=utf-8", matches: isText },
  // Served as a download under a sandboxing policy (apps/server's book-assets), never run on our origin.
  ".html": { contentType: "text/html; charset=utf-8", matches: isText },
  ".mp4": { contentType: "video/mp4", matches: isoMedia },
  ".webm": { contentType: "video/webm", matches: (b) => startsWith(b, 0x1a, 0x45, 0xdf, 0xa3) },
  ".mp3": {
    contentType: "audio/mpeg",
    matches: (b) => ascii(b, 0, "ID3") || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  },
};

/** The extensions a book may publish, for messages and docs. */
export const ASSET_EXTENSIONS: readonly string[] = Object.keys(ASSET_TYPES);

/** The allowed type for a file name, or undefined when its extension is not on the list. */
export function assetTypeOf(fileName: string): AssetType | undefined {
  return ASSET_TYPES[extname(fileName).toLowerCase()];
}
