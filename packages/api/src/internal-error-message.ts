/**
 * What a client is told about an error the server did not expect: always the
 * same words, plus the request id to quote, never the error's own text (which
 * can carry SQL, constraint names or parameters). The log line with the same
 * request id has the detail.
 */
export function internalErrorMessage(requestId: string | undefined): string {
  const base = "Something went wrong on our side.";
  return requestId === undefined ? base : `${base} If it keeps happening, quote request id ${requestId}.`;
}
