export { type AuthSession, type Context, type ContextDependencies, createContext } from "./context";
export { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters, safeText } from "./input/safe-text";
export { internalErrorMessage } from "./internal-error-message";
export { type AppRouter, appRouter } from "./router";
export { createCallerFactory } from "./trpc";
