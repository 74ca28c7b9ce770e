import { z } from "zod";
import { appRouter } from "../router";
import type { Access } from "../trpc";

export interface RestOperation {
  /** The procedure's path in the router, e.g. `rag.query`. */
  procedure: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Below the REST mirror's base path, e.g. `/query`. */
  path: string;
  access: Access;
}

const definition = z.object({
  meta: z
    .object({
      access: z.enum(["public", "protected", "admin"]),
      openapi: z
        .object({
          enabled: z.boolean().optional(),
          method: z.enum(["GET", "POST", "PATCH", "PUT", "DELETE"]),
          path: z.string(),
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
    const { meta } = definition.parse(Reflect.get(value, "_def"));
    if (!meta?.openapi || meta.openapi.enabled === false) continue;
    operations.push({ procedure, method: meta.openapi.method, path: meta.openapi.path, access: meta.access });
  }
  return operations;
}
