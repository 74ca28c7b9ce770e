import { type IngestWarning, ingestWarningSchema } from "@pagewise/book";

/** Warnings by kind, in a fixed order, each kind's warnings by file and line. */
export function groupWarnings(warnings: readonly IngestWarning[]): Array<[IngestWarning["kind"], IngestWarning[]]> {
  // The schema's order: links, then assets, then MDX, then the rest.
  const order = ingestWarningSchema.shape.kind.options;
  return order.flatMap((kind): Array<[IngestWarning["kind"], IngestWarning[]]> => {
    const ofKind = warnings
      .filter((warning) => warning.kind === kind)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    return ofKind.length === 0 ? [] : [[kind, ofKind]];
  });
}

/** `guides/a.md:12 ./missing.md: no page …` */
export function formatWarning(warning: IngestWarning): string {
  return `${warning.path}${warning.line === undefined ? "" : `:${warning.line}`} ${warning.message}`;
}
