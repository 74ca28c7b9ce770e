import { spawn } from "node:child_process";
import { join } from "node:path";
import { findProjectRoot } from "@pagewise/db";
import { expect, it } from "vitest";

const root = findProjectRoot(import.meta.dirname);

// The Docker image cannot be built here; the script repeats its steps (and checks the Dockerfile
// still names them): a production-only install in a clean folder, the built server started with
// the image's CMD and judged by its HEALTHCHECK. `turbo run test` has built dist/ already.

/** Runs the script (with `turbo run test`'s build) and returns its exit code and output. */
function verifyProductionInstall(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, "scripts", "verify-production-install.mjs"), "--skip-build", ...args],
      {
        cwd: root,
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("close", (exitCode) => resolve({ code: exitCode, output }));
  });
}

function expectHealthyServer({ code, output }: { code: number | null; output: string }): void {
  expect(code, output).toBe(0);
  expect(output).toMatch(/^production node_modules: [\d.]+ MB/m);
  expect(output).toContain("HEALTHCHECK passed: /readyz answered 200");
  expect(output).toContain("GET / answered 200 with the web app");
  expect(output).toMatch(/POST \/api\/v1\/query answered 200 with \d+ citations/);
  expect(output).toContain("GET /api/docs answered 200 with the API reference");
  expect(output).toContain("SIGTERM: the server exited 0");
}

it(
  "the image's steps give a server that starts, passes its health check and stops cleanly",
  async () => {
    const result = await verifyProductionInstall();
    console.log(result.output);
    expect(result.output).toContain(`Node for the server: ${process.version}`);
    expectHealthyServer(result);
  },
  10 * 60_000,
);

// Node 20 (this machine's) reached its end of life; the image runs the current LTS line. Its
// Linux build comes from the npm registry, as the image's base would.
it(
  "the same server runs on Node 24, the current LTS line the image is built on",
  async () => {
    const result = await verifyProductionInstall("--node", "24");
    console.log(result.output);
    expect(result.output).toMatch(/Node for the server: v24\.\d+\.\d+ \(LTS \w+\)/);
    expectHealthyServer(result);
  },
  10 * 60_000,
);
