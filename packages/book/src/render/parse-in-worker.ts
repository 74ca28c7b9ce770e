import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SourceFile, TransformedPage, TransformOptions } from "../markdown/transform-page";
import type { ParseRequest, ParseResponse } from "./parse-messages";

/** How long one page may take to parse before it is given up (a normal page takes milliseconds). */
export const PAGE_PARSE_BUDGET_MS = 20_000;

export interface PageParser {
  /** The page's tree, or why it was not parsed (the parser failed, or the page ran past its budget). */
  parse(file: SourceFile): Promise<{ value: TransformedPage } | { failed: string }>;
  close(): Promise<void>;
}

/**
 * Parses pages in a worker thread, one at a time, each within `budgetMs` of CPU
 * time's wall clock: a page that runs longer (a parser gone quadratic on a
 * stranger's input) is abandoned with its thread, and the next page gets a new
 * one. The server's event loop stays free meanwhile.
 */
export function createPageParser(options: TransformOptions, budgetMs = PAGE_PARSE_BUDGET_MS): PageParser {
  let worker: Worker | undefined;
  let nextId = 0;
  const start = () => {
    const started = new Worker(workerScript(), { workerData: options });
    // Ingest must not keep a process alive that is otherwise done (a CLI run, a test).
    started.unref();
    return started;
  };

  return {
    parse(file) {
      worker ??= start();
      const current = worker;
      const id = nextId++;
      return new Promise((resolve) => {
        const finish = (result: { value: TransformedPage } | { failed: string }) => {
          clearTimeout(timer);
          current.off("message", onMessage);
          current.off("error", onError);
          resolve(result);
        };
        const onMessage = (response: ParseResponse) => {
          if (response.id !== id) return;
          finish(
            "page" in response ? { value: response.page } : { failed: `could not be rendered: ${response.failed}` },
          );
        };
        const onError = (error: Error) => {
          worker = undefined;
          finish({ failed: `could not be rendered: ${error.message}` });
        };
        const timer = setTimeout(() => {
          // A thread cannot be interrupted, only ended: the next page starts a new one.
          worker = undefined;
          void current.terminate();
          finish({ failed: `took longer than ${budgetMs / 1000} s to parse: not rendered` });
        }, budgetMs);
        current.on("message", onMessage);
        current.on("error", onError);
        const request: ParseRequest = { id, file };
        current.postMessage(request);
      });
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}

/**
 * The worker's script: the bundled `parse-worker-entry.js` beside the server's
 * bundle in production, else this package's TypeScript source through tsx
 * (development, tests and the CLI, where tsx is installed).
 */
function workerScript(): URL {
  const bundled = new URL("./parse-worker-entry.js", import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL("./parse-worker-source.mjs", import.meta.url);
}
