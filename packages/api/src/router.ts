import { health } from "./routers/health";
import { router } from "./trpc";

export const appRouter = router({
  health,
});

/** The whole API's type: the SPA's tRPC client is typed by it, never by hand-written copies. */
export type AppRouter = typeof appRouter;
