import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { precompress } from "./vite-plugins/precompress";
import { spaRoutes } from "./vite-plugins/spa-routes";

// Proxying keeps the browser on one origin in development, as in production,
// so auth cookies stay same-site and no CORS setup is needed.
const serverUrl = `http://localhost:${process.env.SERVER_PORT ?? 3000}`;
const serverPaths = ["/trpc", "/api", "/auth", "/healthz", "/readyz"];

/**
 * Server-only modules: one stray import of them (say `@pagewise/auth` instead of
 * `@pagewise/auth/client`) would ship Better Auth's server, Kysely or PGlite to every visitor,
 * or fail at run time in the browser. Type-only imports are erased before this check sees them.
 */
const SERVER_ONLY = [
  /^@pagewise\/(?:api|db|rag|server)(?:\/|$)/,
  /^@pagewise\/auth(?:\/(?!client$)|$)/, // only @pagewise/auth/client is for browsers
  /^better-auth(?:\/(?!react$|client\/plugins$)|$)/, // only the client entry points
  /^(?:kysely|pg|@electric-sql\/pglite|@neondatabase\/serverless|nodemailer|ioredis)(?:\/|$)/,
];

function forbidServerModules(): Plugin {
  return {
    name: "pagewise:forbid-server-modules",
    enforce: "pre",
    resolveId(source, importer) {
      if (SERVER_ONLY.some((pattern) => pattern.test(source))) {
        this.error(
          `${importer ?? "an entry"} imports the server-only module "${source}", which must not reach the browser.`,
        );
      }
      return null;
    },
  };
}

export default defineConfig({
  plugins: [forbidServerModules(), react(), spaRoutes(), precompress()],
  // Workspace packages are read from source, as TypeScript reads them (tsconfig.base.json).
  resolve: { conditions: ["@pagewise/source", ...defaultClientConditions] },
  server: {
    proxy: Object.fromEntries(serverPaths.map((path) => [path, serverUrl])),
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Read by scripts/report-bundle-size.mjs to add up each page's own chunks (then removed from dist).
    manifest: true,
  },
});
