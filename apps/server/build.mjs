// Bundles the server, the workspace packages it imports (which ship TypeScript source) and their
// third-party dependencies into dist/main.js: one file to read and compile at start-up instead of
// ~1,500 modules resolved one by one. Kept in node_modules: packages that load files beside
// themselves at run time (PGlite's wasm and data, pino's worker transports, swagger-ui-dist's
// assets) and optional native add-ons.
import { build } from "esbuild";

const EXTERNAL = ["@electric-sql/pglite", "pino", "swagger-ui-dist", "pg-native", "bufferutil", "utf-8-validate"];

await build({
  // The ingest's parse worker runs in a thread of its own, from a file beside main.js (parse-in-worker.ts).
  entryPoints: {
    main: "src/main.ts",
    "parse-worker-entry": "../../packages/book/src/render/parse-worker-entry.ts",
  },
  outdir: "dist",
  bundle: true,
  // Code imported dynamically (the book's rendering) goes into chunks of its own, read only when a
  // page must be rendered; the two entries share the rest.
  splitting: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  // Less to parse at start-up; names are kept as written (no mangling).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  // CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  plugins: [
    {
      name: "external-node-modules",
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("node:") ||
          EXTERNAL.some((name) => args.path === name || args.path.startsWith(`${name}/`))
            ? { path: args.path, external: true }
            : undefined,
        );
      },
    },
  ],
});
