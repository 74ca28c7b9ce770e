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
        paths: [
          "*.cookie",
          "*.authorization",
          "*.password",
          "*.token",
          "*.email",
          "headers",
          "body",
          // A driver error carries its query, the query's parameters (emails, tokens) and a detail quoting values.
          "err.params",
          "err.parameters",
          "err.query",
          "err.detail",
          "err.cause.params",
          "err.cause.parameters",
          "err.cause.query",
          "err.cause.detail",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
