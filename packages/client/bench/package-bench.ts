/**
 * What @pagewise/client costs the project that installs it, measured on the packed package in a
 * project outside the repository:
 * - its tarball and unpacked size, and the browser bundle it makes (minified + gzip, by package);
 * - the time and files a consumer's type-check takes, beside a baseline in the same run: the
 *   same consumer written against @trpc/client alone, the floor any tRPC client pays.
 *
 *   npm run bench --workspace @pagewise/client      (after `npm run build`)
 */
import { readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { createPackedConsumer, run } from "../scripts/packed-consumer";

const TSC = fileURLToPath(import.meta.resolve("typescript/bin/tsc"));
const RUNS = 3;

const SOURCES = {
  "@trpc/client alone (baseline)": `import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
export const api = createTRPCClient<AnyTRPCRouter>({ links: [httpBatchLink({ url: "http://localhost:3000/trpc" })] });
`,
  "@pagewise/client": `import { createPagewiseClient } from "@pagewise/client";
const pagewise = createPagewiseClient({ url: "http://localhost:3000" });
export const answer = pagewise.api.rag.query.query({ question: "How do I deploy?" });
export const signedIn = pagewise.auth.signIn({ email: "a@example.com", password: "secret" });
`,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const COMPILER_OPTIONS = {
  noEmit: true,
  strict: true,
  skipLibCheck: false,
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  lib: ["ES2022", "DOM", "ESNext.Disposable"],
  types: [],
};

async function typeCheck(dir: string, name: string, source: string): Promise<{ ms: number; files: number }> {
  await writeFile(join(dir, `${name}.ts`), source);
  const config = `tsconfig.${name}.json`;
  await writeFile(join(dir, config), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${name}.ts`] }));
  const timings: number[] = [];
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const { stdout } = await run(process.execPath, [TSC, "-p", config, "--extendedDiagnostics"], { cwd: dir });
    timings.push(performance.now() - started);
    files = Number(/^Files:\s+(\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(RUNS / 2)] ?? Number.NaN, files };
}

const consumer = await createPackedConsumer();
try {
  console.log("@pagewise/client, packed and installed in a project of its own\n");
  const tarball = (await stat(consumer.tarball)).size;
  const unpacked = await directorySize(join(consumer.dir, "node_modules/@pagewise/client"));
  console.log(`tarball ${kb(tarball)}, unpacked ${kb(unpacked)}`);

  const bundle = await build({
    stdin: { contents: 'export * from "@pagewise/client";', resolveDir: consumer.dir },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  });
  const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  console.log(`browser bundle: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
  const byPackage = new Map<string, number>();
  for (const output of Object.values(bundle.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path;
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
    console.log(`  ${name.padEnd(24)} ${kb(bytes).padStart(9)} minified`);
  }

  console.log(`\nA consumer's type-check (skipLibCheck off, median of ${RUNS}):`);
  const results = [];
  for (const [index, [name, source]] of Object.entries(SOURCES).entries()) {
    results.push({ name, ...(await typeCheck(consumer.dir, `consumer-${index}`, source)) });
  }
  const baseline = results[0];
  for (const { name, ms, files } of results) {
    const ratio = baseline ? ` (${(ms / baseline.ms).toFixed(2)}× the baseline)` : "";
    console.log(`  ${name.padEnd(32)} ${String(files).padStart(4)} files ${ms.toFixed(0).padStart(6)} ms${ratio}`);
  }
} finally {
  await consumer.dispose();
}
