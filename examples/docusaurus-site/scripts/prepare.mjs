// Gets the example ready to build:
// 1. copies a few pages of the public Docusaurus docs into docs/ (from ../shared, the corpora
//    beside this repository, or the folder DOCS_SOURCE names), never into the repository;
// 2. packs @pagewise/widget and @pagewise/docusaurus (built: `npm run build` at the root first)
//    and installs the tarballs, as a site installs them from the registry.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const here = join(import.meta.dirname, "..");
const repository = join(here, "..", "..");
export const PAGES = ["browser-support.mdx", "cli.mdx", "search.mdx", "using-plugins.mdx"];
const source = process.env.DOCS_SOURCE ?? join(repository, "..", "shared", "corpora", "docusaurus-website", "docs");

if (!PAGES.every((page) => existsSync(join(source, page)))) {
  console.error(`prepare: the Docusaurus docs are not at ${source} (set DOCS_SOURCE to their docs/ folder).`);
  process.exit(1);
}
rmSync(join(here, "docs"), { recursive: true, force: true });
mkdirSync(join(here, "docs"));
for (const page of PAGES) copyFileSync(join(source, page), join(here, "docs", page));
console.log(`prepare: copied ${PAGES.length} pages from ${source}`);

const packs = join(here, ".packs");
rmSync(packs, { recursive: true, force: true });
mkdirSync(packs);
for (const name of ["widget", "docusaurus"]) {
  const dir = join(repository, "packages", name);
  if (!existsSync(join(dir, "dist"))) {
    console.error(`prepare: packages/${name} is not built: run \`npm run build\` at the repository's root.`);
    process.exit(1);
  }
  execFileSync("npm", ["pack", "--silent", "--pack-destination", packs], { cwd: dir, stdio: "inherit" });
}
const tarballs = readdirSync(packs).map((file) => join(".packs", file));
execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs], {
  cwd: here,
  stdio: "inherit",
});
console.log(`prepare: installed ${tarballs.join(", ")}`);
