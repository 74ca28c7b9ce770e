export type { Answer, Citation } from "./answer/citation";
export { type AnswerOptions, answerQuestion, NO_ANSWER } from "./answer/extractive-answer";
export {
  MAX_SELECTION_CHARS,
  NO_RELATED,
  type RelatedOptions,
  relatedPassages,
  SelectionTooLongError,
} from "./answer/related-passages";
export { type NavCategory, type NavDoc, type NavItem, navigationTree } from "./docs/navigation-tree";
export { type DocumentPage, readDocument } from "./docs/read-document";
export type { PageHeading } from "./ingest/chunk-markdown";
export {
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  ingestDirectory,
  type SkippedFile,
} from "./ingest/ingest-directory";
export { DocsDirectoryNotFoundError } from "./ingest/read-docs-tree";
export { type ChunkHit, type SearchOptions, searchChunks } from "./retrieve/search-chunks";
