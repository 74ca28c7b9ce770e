/**
 * `@pagewise/rag/eval`: the public evaluation books and the BM25 yardstick,
 * for benchmarks outside this package (the server's question benchmark runs
 * the same questions against Pagewise and a MiniSearch peer).
 */
export { type BaselineHit, type BaselineIndex, buildBaselineIndex } from "./bm25-baseline";
export { type EvalBook, evalBooks, type FoundCorpus } from "./eval-books";
export { type LocatedCorpus, locateDocusaurusCorpus, locateTrpcCorpus } from "./locate-corpus";
