import { z } from "zod";
import { appRouter } from "../router";
import type { Access } from "../trpc";

export interface RestOperation {
  /** The procedure's path in the router, e.g. `rag.query`. */
  procedure: string;
  /** How it is called (a subscription has no REST form). */
  type: "query" | "mutation";
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Below the REST mirror's base path, e.g. `/query`. */
  path: string;
  access: Access;
  /** The error statuses of its own it declares (`errorResponses` in its OpenAPI metadata), e.g. 404. */
  errorStatuses: number[];
}

const definition = z.object({
  type: z.enum(["query", "mutation", "subscription"]),
  meta: z
    .object({
      access: z.enum(["public", "protected", "admin"]),
      openapi: z
        .object({
          enabled: z.boolean().optional(),
          method: z.enum(["GET", "POST", "PATCH", "PUT", "DELETE"]),
          path: z.string(),
          errorResponses: z.union([z.array(z.number()), z.record(z.string(), z.string())]).optional(),
        })
        .optional(),
    })
    .optional(),
});

/**
 * The procedures the REST mirror serves, with their access class: the
 * OpenAPI document marks only those that need a session as needing the
 * cookie, and a wrong method on one of these paths answers 405.
 */
export function restOperations(): RestOperation[] {
  const operations: RestOperation[] = [];
  for (const [procedure, value] of Object.entries(appRouter._def.procedures)) {
    // Procedures are functions carrying their definition; read it as data.
    const { type, meta } = definition.parse(Reflect.get(value, "_def"));
    if (!meta?.openapi || meta.openapi.enabled === false || type === "subscription") continue;
    const { method, path, errorResponses = [] } = meta.openapi;
    const errorStatuses = Array.isArray(errorResponses) ? errorResponses : Object.keys(errorResponses).map(Number);
    operations.push({ procedure, type, method, path, access: meta.access, errorStatuses });
  }
  return operations;
}
