import type { SourceFile, TransformedPage } from "../markdown/transform-page";

/** One page for the parse worker. */
export interface ParseRequest {
  id: number;
  file: SourceFile;
}

/** The parsed page, or the parser's error. */
export type ParseResponse = { id: number; page: TransformedPage } | { id: number; failed: string };
