import { spawn } from "node:child_process";
import { join } from "node:path";
import { findProjectRoot } from "@pagewise/db";
import { expect, it } from "vitest";

const root = findProjectRoot(import.meta.dirname);

// The Docker image cannot be built here; the script repeats its steps (and checks the Dockerfile
// still names them): a production-only install in a clean folder, the built server started with
// the image's CMD and judged by its HEALTHCHECK. `turbo run test` has built dist/ already.
it(
  "the image's steps give a server that starts, passes its health check and stops cleanly",
  async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [join(root, "scripts", "verify-production-install.mjs"), "--skip-build"], {
        cwd: root,
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once("close", (exitCode) => resolve({ code: exitCode, output }));
    });
    console.log(output);
    expect(code, output).toBe(0);
    expect(output).toMatch(/^production node_modules: [\d.]+ MB/m);
    expect(output).toContain("HEALTHCHECK passed: /readyz answered 200");
    expect(output).toContain("GET / answered 200 with the web app");
    expect(output).toMatch(/POST \/api\/v1\/query answered 200 with \d+ citations/);
    expect(output).toContain("GET /api/docs answered 200 with the API reference");
    expect(output).toContain("SIGTERM: the server exited 0");
  },
  10 * 60_000,
);
