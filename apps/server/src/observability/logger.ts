import { pino } from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON logs, one object per line. Nothing that identifies or
 * authenticates a person is ever logged: request logs carry method, route,
 * status and timing only, and these paths are censored should anything
 * include them by accident.
 */
export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ["*.cookie", "*.authorization", "*.password", "*.token", "*.email", "headers", "body"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
