import { originRefusalMessage } from "../http/origin-refusal-message";

// Better Auth's codes for a refused Origin, whose own messages ("Invalid origin",
// "Missing or null Origin") leave a script's author guessing what to send.
const ORIGIN_CODES = new Set(["INVALID_ORIGIN", "MISSING_OR_NULL_ORIGIN"]);

/**
 * Better Auth's 403 for a refused Origin, with a message that says what was
 * received, what is trusted and what to send; the code stays, so clients that
 * match on it keep working. Any other response is returned as it is.
 */
export async function explainOriginRefusal(
  request: Request,
  response: Response,
  trustedOrigins: readonly string[],
  { listTrusted }: { listTrusted: boolean },
): Promise<Response> {
  if (response.status !== 403) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (typeof body !== "object" || body === null || !("code" in body) || typeof body.code !== "string") return response;
  if (!ORIGIN_CODES.has(body.code)) return response;
  // Better Auth falls back to the Referer when there is no Origin; so does the message.
  const received = request.headers.get("origin") ?? refererOrigin(request.headers.get("referer"));
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(
    JSON.stringify({ ...body, message: originRefusalMessage(received, trustedOrigins, { listTrusted }) }),
    {
      status: 403,
      headers,
    },
  );
}

function refererOrigin(referer: string | null): string | undefined {
  if (referer === null) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return referer;
  }
}
