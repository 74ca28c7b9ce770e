import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "@pagewise/api";
import type { MiddlewareHandler } from "hono";
import { apiError } from "./api-error";

/**
 * Refuses, with 400 naming the field, a request whose JSON body or query
 * carries a control character in any string (keys included). This guards the
 * routes whose inputs our own schemas never see (Better Auth's endpoints):
 * Postgres rejects U+0000 in text, which would otherwise surface as a 500.
 * Bodies that are not JSON pass untouched; their route refuses them itself.
 */
export function refuseControlCharacters(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (hasControlCharacters(name) || values.some(hasControlCharacters)) return refuse(c, name);
    }
    const type = c.req.header("content-type") ?? "";
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && /^application\/json\b/i.test(type)) {
      // A clone: the original body stream is handed on to the route untouched.
      let body: unknown;
      try {
        body = JSON.parse(await c.req.raw.clone().text());
      } catch {
        return next();
      }
      const field = fieldWithControlCharacters(body, "");
      if (field !== undefined) return refuse(c, field || "body");
    }
    return next();
  };
}

function refuse(c: Parameters<MiddlewareHandler>[0], field: string) {
  const message = `${field}: ${CONTROL_CHARACTERS_MESSAGE}`;
  return apiError(c, "BAD_REQUEST", message, { fieldErrors: { [field]: [CONTROL_CHARACTERS_MESSAGE] } });
}

/** The dotted path of the first string (or key) with a control character, or undefined. */
function fieldWithControlCharacters(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return hasControlCharacters(value) ? path : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (hasControlCharacters(key)) return itemPath;
    const found = fieldWithControlCharacters(item, itemPath);
    if (found !== undefined) return found;
  }
  return undefined;
}
