export { type AnswerBlock, type AnswerPart, answerBlocks, splitCitationMarkers } from "./answer-format/index.js";
export type { AppRouter, ErrorShape } from "./app-router.generated.js";
export type { AuthError, AuthResult, PagewiseAuth, PagewiseSession, PagewiseUser } from "./auth.js";
export { createPagewiseClient, type PagewiseClient, type PagewiseClientOptions } from "./create-pagewise-client.js";
export { isPagewiseError, type PagewiseError, type PagewiseErrorCode, pagewiseErrorCode } from "./errors.js";
export type { Answer, AskEvent, AskInput, Citation, RouterInputs, RouterOutputs } from "./router-types.js";
