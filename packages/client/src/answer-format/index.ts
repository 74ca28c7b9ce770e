// The answer text's format, for any UI that shows answers; imports nothing (its own entry point,
// `@pagewise/client/answer-format`, so a page that only shows answers loads no client).
export { type AnswerBlock, answerBlocks } from "./answer-blocks.js";
export { type AnswerPart, splitCitationMarkers } from "./citation-markers.js";
