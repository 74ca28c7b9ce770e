import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { AssetStore } from "../markdown/resolve-references";
import { type AssetRoots, readAsset } from "./read-asset";

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

/**
 * Checks and hashes the files pages reference (each once) and names them by
 * content, so their URLs can be cached forever. Only what `readAsset` admits
 * from `roots` (the docs and static folders) is ever referenced.
 */
export function createAssetCollector(roots: AssetRoots): AssetCollector {
  const byFile = new Map<string, ReturnType<AssetStore["urlOf"]>>();
  const referenced = new Map<string, BookAssetFile>();
  return {
    urlOf(absolutePath) {
      const known = byFile.get(absolutePath);
      if (known !== undefined) return known;
      const result = store(absolutePath, roots, referenced);
      byFile.set(absolutePath, result);
      return result;
    },
    referenced: () => referenced,
  };
}

/** The stored path of an asset's bytes. */
export function assetPathOf(name: string, bytes: Uint8Array): string {
  return `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}/${name}`;
}

function store(
  absolutePath: string,
  roots: AssetRoots,
  referenced: Map<string, BookAssetFile>,
): ReturnType<AssetStore["urlOf"]> {
  const asset = readAsset(absolutePath, roots);
  if (!asset.ok) {
    const kind = asset.reason === "missing" ? "missing-asset" : asset.reason === "refused" ? "refused-asset" : "other";
    return { kind, problem: asset.problem };
  }
  const name = basename(absolutePath);
  const path = assetPathOf(name, asset.bytes);
  referenced.set(path, { path, absolutePath, contentType: asset.contentType });
  const [hash] = path.split("/");
  return { url: `/book-assets/${hash}/${encodeURIComponent(name)}` };
}
