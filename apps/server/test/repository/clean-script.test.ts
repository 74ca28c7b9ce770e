import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findProjectRoot } from "@pagewise/db";
import { afterEach, beforeEach, expect, it } from "vitest";

const script = join(findProjectRoot(import.meta.dirname), "scripts", "clean.mjs");
let root = "";

// The script cleans the checkout it sits in, so each test runs a copy in a scratch checkout.
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pagewise-clean-"));
  mkdirSync(join(root, "scripts"));
  copyFileSync(script, join(root, "scripts", "clean.mjs"));
  for (const dir of [
    "apps/server/dist",
    "apps/web/dist",
    "packages/db/.turbo",
    ".turbo/cache",
    "coverage",
    ".data/pglite",
    "node_modules/x",
    "apps/web/node_modules/y",
    "apps/web/src",
  ]) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, ".env"), "PORT=3000\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const clean = (...args: string[]) =>
  promisify(execFile)(process.execPath, [join(root, "scripts", "clean.mjs"), ...args]);

it("removes build outputs, caches and coverage, and keeps sources, data, settings and node_modules", async () => {
  const { stdout } = await clean();
  for (const gone of ["apps/server/dist", "apps/web/dist", "packages/db/.turbo", ".turbo", "coverage"]) {
    expect(existsSync(join(root, gone)), gone).toBe(false);
  }
  for (const kept of ["apps/web/src", ".data/pglite", ".env", "node_modules/x", "apps/web/node_modules/y"]) {
    expect(existsSync(join(root, kept)), kept).toBe(true);
  }
  expect(stdout).toContain("clean: removed 5 folder(s)");
  expect((await clean()).stdout).toContain("clean: nothing to remove");
});

it("with --all also removes every node_modules, still keeping the data and settings", async () => {
  await clean("--all");
  for (const gone of ["node_modules", "apps/web/node_modules", "apps/server/dist"]) {
    expect(existsSync(join(root, gone)), gone).toBe(false);
  }
  expect(existsSync(join(root, ".data/pglite"))).toBe(true);
  expect(existsSync(join(root, ".env"))).toBe(true);
});
