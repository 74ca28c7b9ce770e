// Prints the gzipped size of the JavaScript a first visit downloads: the entry
// script and its modulepreloads, as index.html lists them. Lazy chunks are not counted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

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
let total = 0;
let totalRaw = 0;
console.log("Initial JavaScript (gzip):");
for (const url of urls) {
  const source = readFileSync(join(distDir, decodeURIComponent(url.split(/[?#]/)[0] ?? url)));
  const gzipped = gzipSync(source, { level: 9 }).length;
  total += gzipped;
  totalRaw += source.length;
  console.log(`  ${url.padEnd(40)} ${kb(gzipped).padStart(10)}  (${kb(source.length)} raw)`);
}
console.log(`  ${"total".padEnd(40)} ${kb(total).padStart(10)}  (${kb(totalRaw)} raw)`);
