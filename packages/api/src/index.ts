export { type AssistantObserver, silentAssistantObserver, type Vote } from "./assistant/assistant-observer";
export { pruneQuestionLog } from "./assistant/prune-question-log";
export {
  type AuthSession,
  type Context,
  type ContextDependencies,
  createContext,
  DEFAULT_QUESTION_RETENTION_DAYS,
} from "./context";
export { type ClientFacingError, clientFacingError } from "./errors/client-error";
export {
  ERROR_CODES,
  ERROR_STATUS,
  type ErrorBody,
  type ErrorCode,
  type ErrorDetails,
  errorBody,
  errorBodyOf,
  errorCode,
  errorCodeForStatus,
} from "./errors/error-body";
export { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, safeText } from "./input/safe-text";
export { internalErrorMessage } from "./internal-error-message";
export {
  type AskedBackground,
  type BackgroundName,
  DEFAULT_PROFILE_BACKGROUNDS,
  profileBackgroundsSetting,
} from "./profile/profile-backgrounds";
export { type RestOperation, restOperations } from "./rest/rest-operations";
export { type AppRouter, appRouter, type RouterInputs, type RouterOutputs } from "./router";
export { createCallerFactory } from "./trpc";
