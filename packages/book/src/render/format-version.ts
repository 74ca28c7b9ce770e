/** Bump when parsing, rendering or chunking changes, so the next ingest re-renders every page. */
export const INGEST_FORMAT_VERSION = "7";
