export { type AnswerOptions, answerQuestion } from "./answer/answer-question";
export { type AskEvent, type AskOptions, askQuestion } from "./answer/ask-question";
export type { Answer, AnswerLead, AnswerMode, Citation } from "./answer/citation";
export { NO_ANSWER } from "./answer/extractive-answer";
export {
  MAX_SELECTION_CHARS,
  NO_RELATED,
  type RelatedOptions,
  relatedPassages,
  SelectionTooLongError,
} from "./answer/related-passages";
export type { EmbeddingsConfig, LlmConfig, RagLogger, RagRuntime } from "./config/rag-runtime";
export { RAG_VARIABLES, RagConfigError, ragRuntimeFromEnv } from "./config/rag-runtime-from-env";
export { Secret } from "./config/secret";
export { readBookVersions, resolveVersion } from "./docs/book-versions";
export { type BookOverrides, readBookInfo } from "./docs/read-book-info";
export { type BookState, readBookReport } from "./docs/read-book-report";
export { readDocument } from "./docs/read-document";
export { readSidebars } from "./docs/read-sidebars";
export { searchIndex } from "./docs/search-index";
export { embedChunks } from "./embeddings/embed-chunks";
export { EmbeddingsUnavailableError } from "./embeddings/embed-texts";
export {
  type IngestOptions,
  type IngestProgress,
  type IngestSummary,
  ingestDirectory,
  type SkippedFile,
  singleVersion,
} from "./ingest/ingest-directory";
export type { ExperienceLevel, ReaderProfile } from "./personalise/reader-profile";
export type { ChunkIndex } from "./retrieve/chunk-index/chunk-index";
export { chunksChanged, loadChunkIndex } from "./retrieve/chunk-index/load-chunk-index";
export { type ChunkHit, type SearchChunksOptions, type SearchOptions, searchChunks } from "./retrieve/search-chunks";
