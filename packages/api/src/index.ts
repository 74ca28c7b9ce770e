export { type AssistantObserver, silentAssistantObserver, type Vote } from "./assistant/assistant-observer";
export { pruneQuestionLog } from "./assistant/prune-question-log";
export {
  type AuthSession,
  type Context,
  type ContextDependencies,
  createContext,
  DEFAULT_QUESTION_RETENTION_DAYS,
} from "./context";
export { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, safeText } from "./input/safe-text";
export { internalErrorMessage } from "./internal-error-message";
export { type AppRouter, appRouter, type RouterInputs, type RouterOutputs } from "./router";
export { createCallerFactory } from "./trpc";
