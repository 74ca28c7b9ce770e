export { type AuthSession, type Context, type ContextDependencies, createContext } from "./context";
export { type AppRouter, appRouter } from "./router";
export { createCallerFactory } from "./trpc";
