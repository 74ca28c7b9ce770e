// Builds the element as one self-contained ES module (Preact, @pagewise/client and DOMPurify
// inside: a host page loads one file), and the React component, which loads that module lazily.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const shared = {
  bundle: true,
  format: "esm",
  target: "es2022",
  platform: "browser",
  legalComments: "eof",
  outdir: "dist",
};

await build({
  ...shared,
  entryPoints: { "pagewise-widget": "src/index.ts" },
  minify: true,
  jsx: "automatic",
  jsxImportSource: "preact",
});

// The React component's `import("./index.js")` is the element's built file, loaded when first rendered.
const elementModule = {
  name: "element-module",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: "./pagewise-widget.js", external: true }));
  },
};
await build({ ...shared, entryPoints: { react: "src/react.ts" }, external: ["react"], plugins: [elementModule] });

const bytes = readFileSync("dist/pagewise-widget.js");
const kb = (size) => `${(size / 1024).toFixed(1)} KB`;
console.log(`dist/pagewise-widget.js: ${kb(bytes.length)}, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
