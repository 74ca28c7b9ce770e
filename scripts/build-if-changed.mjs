#!/usr/bin/env node
// The build step of `npm start`: `turbo run build` of the server and the web app, which restores each whose inputs have not
// changed from Turborepo's cache instead of building it again. It shows the logs of what it rebuilds,
// hides Turborepo's own banner, and ends with one line saying what happened ("build: cached, …"), so
// a start with nothing changed is visibly not a rebuild. Exits with turbo's status.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const turbo = spawn(
  join(root, "node_modules", ".bin", "turbo"),
  // What `npm start` runs: the server's bundle and the web app. `--only`, because neither needs its
  // dependencies' builds (esbuild and Vite read their TypeScript sources): @pagewise/api's bundled
  // declarations, a minute of work for other projects' type checks, are not built here.
  // Extra arguments (`--force`, for the start-up benchmark) go to turbo.
  [
    "run",
    "build",
    "--filter=@pagewise/server",
    "--filter=@pagewise/web",
    "--only",
    "--output-logs=new-only",
    "--log-order=grouped",
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env } },
);

const captured = [];
const tasks = new Map(); // package → "hit" | "miss"
for await (const line of createInterface({ input: turbo.stdout })) {
  captured.push(line);
  const task = /^(\S+?):build: cache (hit|miss|bypass)/.exec(line);
  if (task?.[1] && task[2]) tasks.set(task[1], task[2]);
  // A package's own build output (it was rebuilt) is shown; turbo's banner and summary are not.
  if (/^\S+?:build: /.test(line) && !line.includes(": cache hit, ")) console.log(line);
}
const status = await new Promise((resolve) => turbo.once("close", (code) => resolve(code ?? 1)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (status !== 0) {
  console.error(captured.filter((line) => !/^\S+?:build: /.test(line)).join("\n"));
  console.error(`build: failed after ${seconds} s`);
  process.exit(status);
}
const rebuilt = [...tasks].filter(([, cache]) => cache !== "hit").map(([name]) => name);
console.log(
  rebuilt.length === 0
    ? `build: cached, nothing to rebuild (${tasks.size} packages, ${seconds} s)`
    : `build: rebuilt ${rebuilt.join(", ")} in ${seconds} s (${tasks.size - rebuilt.length} of ${tasks.size} packages cached)`,
);
