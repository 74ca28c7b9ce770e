import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type ServerProcess, startServerProcess } from "@pagewise/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../src/main.ts", import.meta.url));

/** Runs the example as a developer would, against `serverUrl`, and collects what it printed. */
function runExample(serverUrl: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], {
    env: { ...process.env, PAGEWISE_URL: serverUrl, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once("close", (code) => resolve({ code, stdout, stderr })),
  );
}

/** The Node client example against the real, built server (`npm run build` first; turbo does it). */
describe("the Node client example", () => {
  let server: ServerProcess | undefined;
  const url = () => {
    if (!server) throw new Error("the server did not start");
    return server.url;
  };
  beforeAll(async () => {
    server = await startServerProcess({ DATABASE_URL: "pglite:memory" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("signs up, signs in with a bearer token, calls public and protected procedures, and signs out", async () => {
    const run = await runExample(url());
    // The exit code with what the script said on stderr, so a failure shows its reason.
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.not.stringContaining("✗") });
    const lines = run.stdout.split("\n");
    for (const expected of [
      /^✓ signed up as example-[0-9a-f]{8}@example\.com( \(or it had an account already\))?$/,
      /^✓ signed in as .* \(bearer token kept in memory\)$/,
      /^✓ session for .*, valid until \d{4}-\d\d-\d\dT/,
      /^✓ rag\.query \(public\): [1-9]\d* citation\(s\); ".+"$/,
      /^✓ ask \(streamed\): [1-9]\d* part\(s\), then the answer with [1-9]\d* citation\(s\)$/,
      /^✓ profile\.get \(protected\): answer style concise, consent false$/,
      /^✓ profile\.upsert \(protected\): answer style now detailed$/,
      /^✓ signed out \(the client forgot its token\)$/,
      /^✓ profile\.get with the old token after signing out: UNAUTHORIZED$/,
      /^Done\.$/,
    ]) {
      expect(lines).toContainEqual(expect.stringMatching(expected));
    }
  });

  it("signs in to an account that already exists", async () => {
    const env = { EXAMPLE_EMAIL: "again@example.com", EXAMPLE_PASSWORD: "the same password twice" };
    expect((await runExample(url(), env)).code).toBe(0);
    const second = await runExample(url(), env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("✓ signed in as again@example.com");
    expect(second.stdout).toContain("✓ profile.get (protected): answer style detailed");
  });

  it("fails with the server's hint when PAGEWISE_URL says localhost and the server is 127.0.0.1", async () => {
    const localhost = url().replace("127.0.0.1", "localhost");
    const run = await runExample(localhost);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✗ sign-up: Origin ${localhost} is not trusted by this server.`);
    expect(run.stderr).toContain(`localhost and 127.0.0.1 are different origins: send \`Origin: ${url()}\``);
    expect(run.stdout).not.toContain("✓");
  });
});
