/**
 * The worker side of parse-in-worker.ts: parses one page at a time with the
 * book's options, sent once. Runs in its own thread so that a page that takes
 * too long can be stopped (the thread is terminated) without stopping ingest.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type TransformOptions, transformPage } from "../markdown/transform-page";
import type { ParseRequest, ParseResponse } from "./parse-messages";

const options: TransformOptions = workerData;

parentPort?.on("message", (request: ParseRequest) => {
  let response: ParseResponse;
  try {
    response = { id: request.id, page: transformPage(request.file, options) };
  } catch (error) {
    response = { id: request.id, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
