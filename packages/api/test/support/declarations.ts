import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const packageDir = join(import.meta.dirname, "../..");
const packagesDir = join(packageDir, "..");

/** The bundled declarations `npm run build` writes (package.json's `types` condition). */
export const declarationsFile = join(packageDir, "dist/types/index.d.ts");

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

/** What the declarations are made from: this package's and the inlined workspace packages' sources. */
function newestInput(): number {
  return Math.max(
    newestModification(join(packageDir, "package.json")),
    newestModification(join(packageDir, "tsconfig.build.json")),
    ...["api", "auth", "db", "rag"].map((name) => newestModification(join(packagesDir, name, "src"))),
  );
}

/**
 * Builds the declarations when they are missing or older than a source they come from: under
 * `npm test` turbo has built them already (test depends on build), a lone `vitest run` may not have.
 */
export function ensureDeclarations(): void {
  if (existsSync(declarationsFile) && statSync(declarationsFile).mtimeMs >= newestInput()) return;
  const build = spawnSync("npm", ["run", "build"], { cwd: packageDir, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}
