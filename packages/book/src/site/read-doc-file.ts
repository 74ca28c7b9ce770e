import { open } from "node:fs/promises";

export const MAX_DOC_BYTES = 1024 * 1024;

export type ReadDocResult = { ok: true; source: string } | { ok: false; reason: string };

/**
 * A page's text, or why it is not a page: too large, binary, or not UTF-8.
 * The size is checked before reading so a stray multi-gigabyte file costs nothing.
 */
export async function readDocFile(absolutePath: string): Promise<ReadDocResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(absolutePath, "r");
    const { size } = await handle.stat();
    if (size > MAX_DOC_BYTES) {
      return { ok: false, reason: `file is ${formatBytes(size)}, over the ${formatBytes(MAX_DOC_BYTES)} limit` };
    }
    const bytes = await handle.readFile();
    if (bytes.includes(0)) return { ok: false, reason: "file is binary (contains NUL bytes)" };
    try {
      return { ok: true, source: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, reason: "file is not valid UTF-8 text" };
    }
  } catch (error) {
    return { ok: false, reason: `cannot read file: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await handle?.close();
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
