import type { Plugin } from "vite";
import { SPA_ROUTE_PATTERNS } from "../src/route-paths";

/** Where the server looks for the SPA's route patterns, relative to the build's root. */
export const SPA_ROUTES_FILE = "spa-routes.json";

/**
 * Writes the SPA's route patterns into the build, so the server can tell a page of the app from
 * an unknown path (404) without a copy of the route list to keep in step.
 */
export function spaRoutes(): Plugin {
  return {
    name: "pagewise:spa-routes",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: SPA_ROUTES_FILE, source: JSON.stringify(SPA_ROUTE_PATTERNS) });
    },
  };
}
