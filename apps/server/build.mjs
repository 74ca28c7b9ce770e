// Bundles the server and the workspace packages it imports (which ship
// TypeScript source) into dist/main.js; third-party packages stay in node_modules,
// except JSON data imported from them (an external import would lose its
// `with { type: "json" }`, which Node requires), which is bundled.
import { build } from "esbuild";

await build({
  // The ingest's parse worker runs in a thread of its own, from a file beside main.js (parse-in-worker.ts).
  entryPoints: {
    main: "src/main.ts",
    "parse-worker-entry": "../../packages/book/src/render/parse-worker-entry.ts",
  },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "external-node-modules",
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith("@pagewise/") || args.path.endsWith(".json")
            ? undefined
            : { path: args.path, external: true },
        );
      },
    },
  ],
});
