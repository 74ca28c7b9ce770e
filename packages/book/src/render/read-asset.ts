import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, relative, sep } from "node:path";
import { isInside } from "../site/site-paths";
import { ASSET_EXTENSIONS, assetTypeOf } from "./asset-types";

/** Larger files are left out of the database (and reported): a docs book links them, it should not carry them. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

/** The folders whose files a book may publish: its docs folder and its static folder. */
export type AssetRoots = readonly string[];

export type ReadAssetResult =
  | { ok: true; bytes: Buffer; contentType: string }
  | { ok: false; reason: "missing" | "refused" | "too-large"; problem: string };

// Kernel and device files are never a book's, whatever a symlink or a misconfigured root says.
const SYSTEM_FOLDERS = ["/proc", "/sys", "/dev"];

/**
 * Reads a file a page references, if the book may publish it: its real path
 * (after every symlink) lies inside one of `roots`, no folder or file on the
 * way is a dotfile (`.env`, `.data/`, `.git/`), it is a regular file of an
 * allowed type whose bytes match its extension, and it is at most 10 MB.
 * Anything else is refused with a reason a docs team can act on.
 */
export function readAsset(absolutePath: string, roots: AssetRoots): ReadAssetResult {
  const name = basename(absolutePath);
  const root = roots.find((candidate) => isInside(candidate, absolutePath));
  if (root === undefined) return refused(`${name} is outside the docs and static folders`);
  if (hasDotSegment(relative(root, absolutePath)))
    return refused(`${name}: dotfiles and dot-folders are never published`);

  let realPath: string;
  try {
    realPath = realpathSync(absolutePath);
  } catch {
    return { ok: false, reason: "missing", problem: `${absolutePath} does not exist` };
  }
  const realRoot = realRoots(roots).find((candidate) => isInside(candidate, realPath));
  if (realRoot === undefined || SYSTEM_FOLDERS.some((folder) => isInside(folder, realPath))) {
    return refused(`${name} leads outside the docs and static folders (a symlink)`);
  }
  if (hasDotSegment(relative(realRoot, realPath))) {
    return refused(`${name} leads to a dotfile or dot-folder (a symlink)`);
  }

  const type = assetTypeOf(realPath);
  if (type === undefined || assetTypeOf(name) !== type) {
    return refused(`${name} is not a type a book may publish (${ASSET_EXTENSIONS.join(", ")})`);
  }
  // stat before open: opening a FIFO would block the ingest.
  const info = statSync(realPath, { throwIfNoEntry: false });
  if (info === undefined) return { ok: false, reason: "missing", problem: `${absolutePath} does not exist` };
  if (!info.isFile()) return refused(`${name} is not a regular file`);
  if (info.size > MAX_ASSET_BYTES) {
    return { ok: false, reason: "too-large", problem: `${name} is over the 10 MB limit for book assets (not stored)` };
  }

  const bytes = readRegularFile(realPath, info);
  if (bytes === undefined) return refused(`${name} changed while it was read`);
  if (!type.matches(bytes)) return refused(`${name} is not the kind of file its extension says`);
  return { ok: true, bytes, contentType: type.contentType };
}

function refused(problem: string): ReadAssetResult {
  return { ok: false, reason: "refused", problem };
}

/** The file's bytes, read through a descriptor that is the same regular file the checks saw (no symlink swapped in). */
function readRegularFile(realPath: string, expected: { dev: number; ino: number }): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(realPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.dev !== expected.dev || info.ino !== expected.ino || info.size > MAX_ASSET_BYTES) {
      return undefined;
    }
    const bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) return undefined;
      read += count;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function realRoots(roots: AssetRoots): string[] {
  return roots.flatMap((root) => {
    try {
      return [realpathSync(root)];
    } catch {
      return [];
    }
  });
}

function hasDotSegment(relativePath: string): boolean {
  return relativePath.split(sep).some((segment) => segment.startsWith("."));
}
