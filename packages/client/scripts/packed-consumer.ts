import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const run = promisify(execFile);
const CLIENT_DIR = fileURLToPath(new URL("..", import.meta.url));

export interface PackedConsumer {
  dir: string;
  /** The tarballs `npm pack` wrote, in `dir`, by package folder. */
  tarballs: Map<string, string>;
  dispose(): Promise<void>;
}

/**
 * A project outside the repository with packed packages (`npm pack`, so exactly what would be
 * published; @pagewise/client by default) and `extra` packages installed, as a developer who
 * installs them from the registry has them. Packages come from npm's cache when it has them
 * (CI's `npm ci` fills it), else the registry.
 */
export async function createPackedConsumer({
  packages = [CLIENT_DIR],
  extra = [],
}: {
  packages?: string[];
  extra?: string[];
} = {}): Promise<PackedConsumer> {
  const dir = await mkdtemp(join(tmpdir(), "pagewise-consumer-"));
  const tarballs = new Map<string, string>();
  for (const packageDir of packages) {
    const before = new Set(await readdir(dir));
    await run("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: packageDir });
    const [tarball] = (await readdir(dir)).filter((name) => name.endsWith(".tgz") && !before.has(name));
    if (!tarball) throw new Error(`npm pack wrote no tarball for ${packageDir}`);
    tarballs.set(packageDir, join(dir, tarball));
  }
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const local = [...tarballs.values()].map((path) => `./${path.slice(dir.length + 1)}`);
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", ...local, ...extra], {
    cwd: dir,
  });
  return { dir, tarballs, dispose: () => rm(dir, { recursive: true, force: true }) };
}
