import type { IngestProgress } from "../ingest/ingest-directory";

/**
 * Progress on stderr: a bar redrawn in place on a terminal; on a pipe or in CI,
 * where carriage returns would pile up, one line per phase when it finishes.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress(progress: IngestProgress): void;
  finish(): void;
} {
  const width = 28;
  let drawn = false;
  return {
    onProgress({ phase, done, total, path, version }) {
      const label = phase === "read" ? (version === undefined ? "Reading " : `Reading ${version}`) : "Indexing";
      if (!stream.isTTY) {
        if (done === total) stream.write(`${label} ${done}/${total} files\n`);
        return;
      }
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const columns = stream.columns ?? 80;
      const line = `${label} ${bar} ${done}/${total} ${path ?? ""}`.slice(0, columns - 1);
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
      if (done === total) {
        stream.write("\n");
        drawn = false;
      }
    },
    finish() {
      if (drawn) stream.write("\n");
    },
  };
}
