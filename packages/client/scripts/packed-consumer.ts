import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

export interface PackedConsumer {
  dir: string;
  /** The tarball `npm pack` wrote, in `dir`. */
  tarball: string;
  dispose(): Promise<void>;
}

/**
 * A project outside the repository with the packed package (`npm pack`, so exactly what would be
 * published) and `extra` packages installed, as a developer who installs it from the registry has.
 * Packages come from npm's cache when it has them (CI's `npm ci` fills it), else the registry.
 */
export async function createPackedConsumer(extra: string[] = []): Promise<PackedConsumer> {
  const dir = await mkdtemp(join(tmpdir(), "pagewise-client-consumer-"));
  await run("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: PACKAGE_DIR });
  const [tarball] = (await readdir(dir)).filter((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`, ...extra],
    { cwd: dir },
  );
  return { dir, tarball: join(dir, tarball), dispose: () => rm(dir, { recursive: true, force: true }) };
}
