import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Written by the web build (apps/web/vite-plugins/spa-routes.ts). */
export const SPA_ROUTES_FILE = "spa-routes.json";

const routePatterns = z.array(z.string().startsWith("/"));

/** Whether a URL path is one of the SPA's pages, by its TanStack Router patterns. */
export type SpaRouteMatcher = (path: string) => boolean;

/**
 * The SPA's pages, from its build. A build without the file (older than the list) gets every
 * path, as before: better an empty 200 shell than a 404 for a real page.
 */
export function loadSpaRoutes(webDistDir: string): SpaRouteMatcher {
  const file = join(webDistDir, SPA_ROUTES_FILE);
  if (!existsSync(file)) return () => true;
  return spaRouteMatcher(routePatterns.parse(JSON.parse(readFileSync(file, "utf8"))));
}

/**
 * Matches paths against patterns such as `/sign-in`, `/docs/$` (a splat: anything below, or
 * nothing) and `/posts/$id` (one segment). A trailing slash does not matter, as in the router.
 */
export function spaRouteMatcher(patterns: readonly string[]): SpaRouteMatcher {
  const compiled = patterns.map(segmentsOf);
  return (path) => {
    const segments = segmentsOf(path);
    return compiled.some((pattern) => matches(pattern, segments));
  };
}

function segmentsOf(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function matches(pattern: string[], segments: string[]): boolean {
  for (const [index, part] of pattern.entries()) {
    if (part === "$") return true;
    const segment = segments[index];
    if (segment === undefined) return false;
    if (!part.startsWith("$") && part !== segment) return false;
  }
  return pattern.length === segments.length;
}
