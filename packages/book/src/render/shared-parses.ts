import { createHash } from "node:crypto";
import type { SourceFile, TransformedPage } from "../markdown/transform-page";

/** An `import` line: the page inlines partials, which each version resolves against its own folder. */
const IMPORTS = /^\s*import\s/m;

/**
 * Pages parsed during one ingest, so that a page several versions hold unchanged (same path, same
 * text) is parsed once: the next version gets a copy of the tree, which rendering then changes in
 * place. A page that imports partials is always parsed again, since another version's folder may
 * give the same import other text.
 */
export class SharedParses {
  readonly #parsed = new Map<string, TransformedPage>();
  /** How many parses were saved: for the ingest's summary and `npm run bench:ingest`. */
  reused = 0;

  /** A copy of the tree parsed for another version of this page, if one was. */
  take(file: SourceFile, math: boolean): TransformedPage | undefined {
    const parsed = this.#parsed.get(keyOf(file, math));
    if (parsed === undefined) return undefined;
    this.reused++;
    return structuredClone(parsed);
  }

  /** Keeps a copy of `page` (before it is rendered) for the other versions. */
  keep(file: SourceFile, math: boolean, page: TransformedPage): void {
    if (IMPORTS.test(file.body)) return;
    this.#parsed.set(keyOf(file, math), structuredClone(page));
  }
}

function keyOf(file: SourceFile, math: boolean): string {
  return createHash("sha256").update(`${file.path}\0${file.bodyStartLine}\0${math}\0`).update(file.body).digest("hex");
}
