import { errorBodyOf, errorCodeForStatus } from "@pagewise/api";
import { z } from "zod";

// Better Auth's error body; its rate limiter's 429 carries a message and no code.
const betterAuthError = z.object({ message: z.string().optional(), code: z.string().optional() });

/** Better Auth's "[body.email] Invalid email; [body.password] …" validation message, per field. */
const FIELD_ISSUE = /\[body\.([^\]]+)\]\s*([^;]+)/g;

/**
 * A Better Auth error answer in the documented error shape (for the original
 * /auth/* paths): the status and headers (Set-Cookie, Retry-After) stay,
 * the code is tRPC's name for the status, the message Better Auth's own.
 */
export async function inErrorShape(response: Response, requestId: string): Promise<Response> {
  const text = await response.text();
  const parsed = betterAuthError.safeParse(parseJson(text));
  const message = (parsed.success && parsed.data.message) || defaultMessage(response.status);
  const fieldErrors = fieldErrorsOf(message);
  const body = errorBodyOf({ code: errorCodeForStatus(response.status), message, requestId, fieldErrors });
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

function fieldErrorsOf(message: string): Record<string, string[]> | undefined {
  const fieldErrors: Record<string, string[]> = {};
  for (const [, field = "", issue = ""] of message.matchAll(FIELD_ISSUE)) {
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.trim()];
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
}

function defaultMessage(status: number): string {
  return status === 429 ? "Too many requests: try again later." : `The request failed (HTTP ${status}).`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
