// Prints the gzipped size of the JavaScript a first visit downloads: the entry
// script and its modulepreloads, as index.html lists them. Then, for each page,
// what a first visit straight to that page downloads: the initial JavaScript
// plus the page's lazy chunk and the chunks it imports (from Vite's manifest).
// The assistant (the home page) and the reader (a first visit to /docs/<slug>) must stay
// within their budgets: the build fails otherwise.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** Gzipped KB of JavaScript a first visit to the page may download, by the page's row. */
const BUDGETS_KB = {
  "assistant (/)": 150,
  "reader (/docs)": 150,
};
const PAGES = {
  "assistant (/)": "src/routes/assistant.tsx",
  "reader (/docs)": ["src/routes/reader-layout.tsx", "src/routes/doc-page.tsx"],
  "profile (/profile)": "src/routes/profile.tsx",
  "account (/account)": "src/routes/account.tsx",
  "admin (/admin)": "src/routes/admin.tsx",
};

const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
const html = readFileSync(join(distDir, "index.html"), "utf8");

const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
const urls = [];
for (const tag of tags) {
  const isScript = /^<script\b/i.test(tag) && /\btype=["']?module["']?/i.test(tag);
  const isPreload = /^<link\b/i.test(tag) && /\brel=["']?modulepreload["']?/i.test(tag);
  if (!isScript && !isPreload) continue;
  const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
  if (url && !/^(?:[a-z]+:)?\/\//i.test(url) && !urls.includes(url)) urls.push(url);
}

if (urls.length === 0) {
  console.error("report-bundle-size: dist/index.html loads no module scripts; did the build change shape?");
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const source = readFileSync(join(distDir, decodeURIComponent(file.split(/[?#]/)[0] ?? file)));
    sizes.set(file, { gzipped: gzipSync(source, { level: 9 }).length, raw: source.length });
  }
  return sizes.get(file);
}

const initial = urls.map((url) => url.replace(/^\//, ""));
let total = 0;
let totalRaw = 0;
console.log("Initial JavaScript (gzip):");
for (const file of initial) {
  const { gzipped, raw } = sizeOf(file);
  total += gzipped;
  totalRaw += raw;
  console.log(`  /${file.padEnd(39)} ${kb(gzipped).padStart(10)}  (${kb(raw)} raw)`);
}
console.log(`  ${"total".padEnd(40)} ${kb(total).padStart(10)}  (${kb(totalRaw)} raw)`);

const manifestPath = join(distDir, ".vite", "manifest.json");
if (!existsSync(manifestPath)) process.exit(0);
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
// The manifest is for this report only: the server has no use for it.
rmSync(join(distDir, ".vite"), { recursive: true, force: true });

/** A page's chunk and every chunk it imports statically, as files. */
function chunkFiles(key, found = new Set()) {
  const chunk = manifest[key];
  if (!chunk || found.has(chunk.file)) return found;
  found.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunkFiles(imported, found);
  return found;
}

console.log("First visit to a page (gzip, initial JavaScript + the page's chunks):");
const overBudget = [];
for (const [page, sources] of Object.entries(PAGES)) {
  const files = new Set(initial);
  for (const source of [sources].flat()) {
    if (!manifest[source]) {
      console.error(`report-bundle-size: ${source} is not a chunk in the manifest; update PAGES.`);
      process.exit(1);
    }
    for (const file of chunkFiles(source)) files.add(file);
  }
  const bytes = [...files].reduce((sum, file) => sum + sizeOf(file).gzipped, 0);
  const limit = BUDGETS_KB[page];
  if (limit !== undefined && bytes / 1024 > limit) overBudget.push(`${page} needs ${kb(bytes)}, over its ${limit} KB`);
  const budget = limit === undefined ? "" : `  (budget ${limit} KB)`;
  console.log(`  ${page.padEnd(40)} ${kb(bytes).padStart(10)}${budget}`);
}
if (overBudget.length > 0) {
  for (const line of overBudget) console.error(`report-bundle-size: ${line} of gzipped JavaScript.`);
  process.exit(1);
}
