#!/usr/bin/env node
// `npm run clean`: removes what builds and test runs leave behind (dist/, .turbo/ with Turborepo's
// cache, coverage/, test results) in the root and every workspace, so the next build starts cold.
// `npm run clean -- --all` also removes node_modules/ (run `npm ci` after). The embedded database
// (.data/) and .env are kept: they hold your data and settings, not build output.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const all = process.argv.includes("--all");
const generated = ["dist", ".turbo", "coverage", "test-results", ".test-results", ...(all ? ["node_modules"] : [])];

const workspaces = ["apps", "packages"].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);
let removed = 0;
for (const dir of [...workspaces, root]) {
  for (const name of generated) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    rmSync(path, { recursive: true, force: true });
    console.log(`removed ${relative(root, path)}`);
    removed += 1;
  }
}
console.log(removed === 0 ? "clean: nothing to remove" : `clean: removed ${removed} folder(s)`);
