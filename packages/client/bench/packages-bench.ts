/**
 * What the three published packages cost a project that installs them, measured on their packed
 * tarballs installed into a project outside the repository:
 * - each tarball's size, unpacked size, and the JavaScript a browser loads (minified + gzip);
 * - the time and files a consumer's type-check takes (skipLibCheck off), beside a baseline in the
 *   same run: the same kind of consumer written against @trpc/client alone.
 *
 *   npm run build && npm run bench:packages
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { createPackedConsumer, run } from "../scripts/packed-consumer";

const TSC = fileURLToPath(import.meta.resolve("typescript/bin/tsc"));
const PACKAGES_DIR = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGES = ["client", "widget", "docusaurus"];
const RUNS = 3;

const CONSUMERS = {
  "@trpc/client alone (baseline)": `import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
export const api = createTRPCClient<AnyTRPCRouter>({ links: [httpBatchLink({ url: "http://localhost:3000/trpc" })] });
`,
  "@pagewise/client": `import { createPagewiseClient } from "@pagewise/client";
const pagewise = createPagewiseClient({ url: "http://localhost:3000" });
export const answer = pagewise.api.rag.query.query({ question: "How do I deploy?" });
export const signedIn = pagewise.auth.signIn({ email: "a@example.com", password: "secret" });
`,
  "@pagewise/widget (element + React)": `import { definePagewiseAssistant } from "@pagewise/widget";
import { PagewiseAssistant } from "@pagewise/widget/react";
definePagewiseAssistant();
export const element = PagewiseAssistant({ server: "http://localhost:3000" });
export const open = () => document.querySelector("pagewise-assistant")?.open("How do I deploy?");
`,
  "@pagewise/docusaurus": `import pagewise, { validateOptions } from "@pagewise/docusaurus";
export const plugin = pagewise({ baseUrl: "/" }, validateOptions({ options: { server: "http://localhost:3000" } }));
`,
};

const COMPILER_OPTIONS = {
  noEmit: true,
  strict: true,
  skipLibCheck: false,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM", "ESNext.Disposable"],
  types: ["node"],
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function typeCheck(dir: string, name: string, source: string): Promise<{ ms: number; files: number }> {
  await writeFile(join(dir, `${name}.ts`), source);
  const config = `tsconfig.${name}.json`;
  await writeFile(join(dir, config), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${name}.ts`] }));
  const timings: number[] = [];
  let files = 0;
  // One run first to warm the file cache, not counted.
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    const { stdout } = await run(process.execPath, [TSC, "-p", config, "--extendedDiagnostics"], { cwd: dir });
    if (i > 0) timings.push(performance.now() - started);
    files = Number(/^Files:\s+(\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(RUNS / 2)] ?? Number.NaN, files };
}

const consumer = await createPackedConsumer({
  packages: PACKAGES.map((name) => join(PACKAGES_DIR, name)),
  extra: ["@types/node@20", "@types/react@19", "react@19"],
});
try {
  console.log("The published packages, packed and installed in a project of their own\n");
  for (const name of PACKAGES) {
    const tarball = consumer.tarballs.get(join(PACKAGES_DIR, name)) ?? "";
    const unpacked = await directorySize(join(consumer.dir, "node_modules/@pagewise", name));
    console.log(
      `@pagewise/${name.padEnd(11)} tarball ${kb((await stat(tarball)).size).padStart(8)}, unpacked ${kb(unpacked).padStart(8)}`,
    );
  }

  const client = await build({
    stdin: { contents: 'export * from "@pagewise/client";', resolveDir: consumer.dir },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
  });
  const clientCode = client.outputFiles[0]?.contents ?? new Uint8Array();
  const element = await readFile(join(consumer.dir, "node_modules/@pagewise/widget/dist/pagewise-widget.js"));
  console.log("\nJavaScript a browser loads (minified):");
  console.log(
    `  @pagewise/client, bundled          ${kb(clientCode.length).padStart(9)}, ${kb(gzip(clientCode))} gzip`,
  );
  console.log(
    `  <pagewise-assistant> (the widget)  ${kb(element.length).padStart(9)}, ${kb(gzip(element))} gzip (budget 60 KB)`,
  );

  console.log(`\nA consumer's type-check (NodeNext, skipLibCheck off, median of ${RUNS}):`);
  const results = [];
  for (const [index, [name, source]] of Object.entries(CONSUMERS).entries()) {
    results.push({ name, ...(await typeCheck(consumer.dir, `consumer-${index}`, source)) });
  }
  const baseline = results[0];
  for (const { name, ms, files } of results) {
    const ratio = baseline ? `${(ms / baseline.ms).toFixed(2)}× the baseline` : "";
    console.log(`  ${name.padEnd(36)} ${String(files).padStart(4)} files ${ms.toFixed(0).padStart(6)} ms  ${ratio}`);
  }
} finally {
  await consumer.dispose();
}
