import type { Root } from "mdast";
import type { Node } from "unist";
import type { IngestWarning } from "../site/book-shapes";

/** What the transforms of one file (a page, or a partial inlined into it) share. */
export interface TransformContext {
  /** The file the tree was parsed from, relative to the docs root. */
  path: string;
  absolutePath: string;
  /** Added to a node's line to get the line in the file (the front matter comes first). */
  lineOffset: number;
  /** Local name → module source, from the file's `import`s. */
  imports: Map<string, string>;
  /** Unknown components already reported for this file. */
  warnedComponents: Set<string>;
  warn(kind: IngestWarning["kind"], node: Node | undefined, message: string): void;
  /** Parses and transforms the partial at `absolutePath`; undefined when it is not part of the book. */
  loadPartial(absolutePath: string): Root | undefined;
}

export function lineOf(context: Pick<TransformContext, "lineOffset">, node: Node | undefined): number | undefined {
  const line = node?.position?.start.line;
  return line === undefined ? undefined : line + context.lineOffset;
}
