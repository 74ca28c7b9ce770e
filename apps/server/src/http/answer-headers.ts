import { ServerResponse } from "node:http";
import type { Context, Next } from "hono";

export type HeaderList = readonly (readonly [string, string])[];

/**
 * Runs the rest of the request and adds `headers` to whatever it answers,
 * except those the answer sets itself.
 *
 * Under Node they go on the ServerResponse before the route runs, and Node
 * merges them into the answer's own headers as it writes them (the answer's
 * win). Setting them on the fetch Response instead costs a validated Headers
 * write each; for the security headers alone that was a twentieth of what a
 * small API call costs. Elsewhere (Hono's in-process `app.request`, other
 * runtimes) they are added to the Response once it exists.
 */
export async function withAnswerHeaders(c: Context, headers: HeaderList, next: Next): Promise<void> {
  const outgoing = nodeResponseOf(c);
  if (outgoing !== undefined) {
    for (const [name, value] of headers) outgoing.setHeader(name, value);
    await next();
    return;
  }
  await next();
  const answer = c.res.headers;
  for (const [name, value] of headers) if (!answer.has(name)) answer.set(name, value);
}

/** The Node response behind the request, when @hono/node-server serves it. */
function nodeResponseOf(c: Context): ServerResponse | undefined {
  const env: unknown = c.env;
  if (typeof env !== "object" || env === null || !("outgoing" in env)) return undefined;
  return env.outgoing instanceof ServerResponse ? env.outgoing : undefined;
}
