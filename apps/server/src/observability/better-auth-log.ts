import type { AuthLogSink } from "@pagewise/auth";
import type { Logger } from "./logger";

/** Better Auth's log lines as the server's own: one JSON line each, tagged, at the level betterAuthLogger chose. */
export function betterAuthLogSink(logger: Logger): AuthLogSink {
  const child = logger.child({ component: "better-auth" });
  return (level, message, details) => child[level](details, message);
}
