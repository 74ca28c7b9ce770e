import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** A stand-in for the SPA's build, shaped like Vite's: what the server reads from WEB_DIST_DIR. */
export interface WebDistFixture {
  dir: string;
  /** Asset URL paths and their content. */
  script: { path: string; text: string };
  style: { path: string; text: string };
  remove(): void;
}

export const FIXTURE_TITLE = "Pagewise";

/** The SPA's route patterns, as apps/web/src/route-paths.ts lists them. */
export const FIXTURE_ROUTES = [
  "/",
  "/status",
  "/goodbye",
  "/docs",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/account",
  "/profile",
  "/admin",
  "/docs/$",
];

/**
 * Written synchronously, so a `describe` can hand the directory to useTestApp. The assets are
 * large enough to be worth compressing, and precompressed at the build's settings (.br, .gz).
 */
export function createWebDistFixture(): WebDistFixture {
  const dir = mkdtempSync(join(tmpdir(), "pagewise-dist-"));
  mkdirSync(join(dir, "assets"));
  const script = {
    path: "/assets/index-Ab12Cd34.js",
    text: Array.from({ length: 200 }, (_, i) => `export function part${i}(value) { return value * ${i} + 1; }`).join(
      "\n",
    ),
  };
  const style = {
    path: "/assets/index-Ef56Gh78.css",
    text: Array.from({ length: 120 }, (_, i) => `.doc-article .block-${i} { margin: ${i}px 0; color: #333; }`).join(
      "\n",
    ),
  };
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Pagewise: documentation with accounts and an assistant." />
    <title>${FIXTURE_TITLE}</title>
    <script type="module" crossorigin src="${script.path}"></script>
    <link rel="stylesheet" crossorigin href="${style.path}">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
  );
  for (const asset of [script, style]) {
    const file = join(dir, asset.path);
    writeFileSync(file, asset.text);
    writeFileSync(`${file}.br`, brotliCompressSync(asset.text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(asset.text, { level: 9 }));
  }
  writeFileSync(join(dir, "spa-routes.json"), JSON.stringify(FIXTURE_ROUTES));
  return { dir, script, style, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
