// Bundles the server and the workspace packages it imports (which ship
// TypeScript source) into dist/main.js; third-party packages stay in node_modules.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/main.js",
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
          args.path.startsWith("@pagewise/") ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
