import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { docs } from "./routers/docs";
import { health } from "./routers/health";
import { profileRouter } from "./routers/profile";
import { rag } from "./routers/rag";
import { router } from "./trpc";

export const appRouter = router({
  health,
  rag,
  docs,
  profile: profileRouter,
  account: accountRouter,
  admin: adminRouter,
});

/** The whole API's type: the SPA's tRPC client is typed by it, never by hand-written copies. */
export type AppRouter = typeof appRouter;

/** Every procedure's input, by path: `RouterInputs["rag"]["query"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;

/** Every procedure's output, by path: `RouterOutputs["rag"]["query"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
