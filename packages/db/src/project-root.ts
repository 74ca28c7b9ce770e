import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The monorepo root: the nearest folder upwards holding a package.json with
 * "workspaces". Defaults such as `.data/` live there, so `npm start`,
 * `npm run dev` and the CLIs share one embedded database whichever workspace
 * folder npm runs them from. Outside a checkout it is the starting folder.
 */
export function findProjectRoot(from: string = process.cwd()): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && hasWorkspaces(manifest)) return dir;
    if (dirname(dir) === dir) return from;
  }
}

function hasWorkspaces(manifest: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
    return typeof parsed === "object" && parsed !== null && "workspaces" in parsed;
  } catch {
    return false;
  }
}
