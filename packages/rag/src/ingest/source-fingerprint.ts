import { createHash, type Hash } from "node:crypto";
import { readdir, readFile, readlink, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { BookVersionSource } from "@pagewise/book";
import {
  INGEST_FORMAT_VERSION,
  locateStaticDir,
  readSiteConfig,
  SIDEBARS_FILES,
  SITE_CONFIG_FILES,
} from "@pagewise/book";

export interface FingerprintInputs {
  versions: BookVersionSource[];
  staticDir?: string | undefined;
  siteDir?: string | undefined;
  siteUrl?: string | undefined;
}

/**
 * One hash of everything an ingest of these versions reads: the format version and the ingest's
 * settings; every file of every version's docs folder, by content (pages, partials, `_category_`
 * files, images); the site's config, sidebars files and `versions.json`, by content; and the static folder's files by size and
 * modification time (it may hold large downloads, and only their presence and bytes matter, which
 * a change of either shows). Equal hashes mean an ingest would find the book as it left it.
 * Undefined when a file cannot be read: then the ingest runs, and reports what it finds.
 */
export async function sourceFingerprint(inputs: FingerprintInputs): Promise<string | undefined> {
  const hash = createHash("sha256").update(`${INGEST_FORMAT_VERSION}\0`);
  hash.update(JSON.stringify([inputs.staticDir, inputs.siteDir, inputs.siteUrl, inputs.versions]));
  try {
    const first = inputs.versions[0];
    const siteDir = resolve(inputs.siteDir ?? (first === undefined ? "." : dirname(first.docsDir)));
    await addSiteFiles(hash, siteDir);
    const config = await readSiteConfig(siteDir);
    const sidebarPath = config?.docs === false ? undefined : config?.docs.sidebarPath;
    if (typeof sidebarPath === "string") await addFile(hash, resolve(siteDir, sidebarPath), "contents");
    await addTree(hash, join(siteDir, "versioned_sidebars"), "contents");
    const staticDirs = new Set<string>();
    for (const version of inputs.versions) {
      await addTree(hash, version.docsDir, "contents");
      if (typeof version.sidebarsPath === "string") await addFile(hash, version.sidebarsPath, "contents");
      const staticDir = locateStaticDir(version.docsDir, inputs.staticDir);
      if (staticDir !== undefined) staticDirs.add(staticDir);
    }
    for (const staticDir of staticDirs) await addTree(hash, staticDir, "size and time");
  } catch {
    return undefined;
  }
  return hash.digest("hex");
}

type Detail = "contents" | "size and time";

/** Every file under `dir`, in a stable order; a missing folder counts as such. */
async function addTree(hash: Hash, dir: string, detail: Detail): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  hash.update(`\0tree ${dir}\0`);
  if (entries === undefined) {
    hash.update("missing");
    return;
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({ path: join(entry.parentPath, entry.name), link: entry.isSymbolicLink() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, link } of files) {
    hash.update(`${relative(dir, path)}\0`);
    // A link is hashed as where it points, never followed: a file it reaches inside the folder is
    // hashed there, and one outside is not the book's (the ingest refuses it), so it is not read.
    if (link) hash.update(`-> ${await readlink(path)}\0`);
    else await addFile(hash, path, detail);
  }
}

/** The files an ingest reads from the site folder itself: its config, a sidebars file by a usual name, `versions.json`. */
async function addSiteFiles(hash: Hash, dir: string): Promise<void> {
  for (const name of [...SITE_CONFIG_FILES, ...SIDEBARS_FILES, "versions.json"]) {
    hash.update(`\0site ${name}\0`);
    await addFile(hash, join(dir, name), "contents");
  }
}

async function addFile(hash: Hash, path: string, detail: Detail): Promise<void> {
  const info = await stat(path).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (info === undefined || !info.isFile()) {
    hash.update(`\0${path}: ${info === undefined ? "missing" : "not a file"}\0`);
    return;
  }
  if (detail === "size and time") hash.update(`\0${info.size} ${info.mtimeMs}\0`);
  else hash.update(await readFile(path)).update("\0");
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
