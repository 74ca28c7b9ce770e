import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "@pagewise/api";
import type { MiddlewareHandler } from "hono";
import { apiError } from "./api-error";

/**
 * Refuses, with 400 naming the field, a request whose JSON body or query
 * carries a control character in any string (keys included), or whose JSON
 * is nested deeper than MAX_JSON_DEPTH. This guards the
 * routes whose inputs our own schemas never see (Better Auth's endpoints):
 * Postgres rejects U+0000 in text, which would otherwise surface as a 500.
 * Bodies that are not JSON pass untouched; their route refuses them itself.
 */
export function refuseControlCharacters(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (hasControlCharacters(name) || values.some(hasControlCharacters)) {
        return refuse(c, name, CONTROL_CHARACTERS_MESSAGE);
      }
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
      const offending = offendingField(body);
      if (offending !== undefined) return refuse(c, offending.field || "body", offending.message);
    }
    return next();
  };
}

function refuse(c: Parameters<MiddlewareHandler>[0], field: string, problem: string) {
  return apiError(c, "BAD_REQUEST", `${field}: ${problem}`, { fieldErrors: { [field]: [problem] } });
}

/** Deeper JSON than any form or API here sends; refused before anything walks it (a recursive walk would overflow). */
export const MAX_JSON_DEPTH = 64;

const TOO_DEEP = `is nested deeper than ${MAX_JSON_DEPTH} levels`;

/**
 * The dotted path of the first string (or key) with a control character, or
 * of the first value nested deeper than MAX_JSON_DEPTH; undefined when neither.
 * Walked with an explicit stack, so no nesting can overflow the call stack.
 */
function offendingField(body: unknown): { field: string; message: string } | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: "", depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value === "string") {
      if (hasControlCharacters(value)) return { field: path, message: CONTROL_CHARACTERS_MESSAGE };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { field: path, message: TOO_DEEP };
    // Pushed in reverse so the first offending field in document order is the one reported.
    for (const [key, item] of Object.entries(value).reverse()) {
      const itemPath = path ? `${path}.${key}` : key;
      if (hasControlCharacters(key)) return { field: itemPath, message: CONTROL_CHARACTERS_MESSAGE };
      stack.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return undefined;
}
