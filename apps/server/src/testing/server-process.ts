import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { freePort } from "./free-port";

const SERVER_BUNDLE = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the built server (`npm run build` first) as a real process on a free
 * port and resolves once it answers /readyz.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first`);
  // Better Auth must know the origin the clients will use, so the port is chosen up front.
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: port,
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = () => {
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });

  // Listening comes first; a database that has never held a book is "starting" until its first ingest ends.
  const ready = await readyWithin(url, 120_000, () => (child.exitCode === null ? undefined : output));
  if (!ready.ok) throw new Error(`/readyz answered ${ready.status}:\n${output}`);

  // A crash shows up in the test as "fetch failed"; the reason is in the process's own output.
  let stopping = false;
  exited.then((code) => {
    if (!stopping) process.stderr.write(`server process ${url} exited unexpectedly (${code}):\n${output}\n`);
  });

  return {
    url,
    child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      stopping = true;
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

const readinessShape = z.object({ status: z.string() });

/**
 * /readyz's answer once it is no longer "starting" (or the last one when `ms` have passed). A
 * request that fails while the server is alive is asked again: a first ingest can keep the event
 * loop busy past the keep-alive timeout, and the server then closes the socket the next request
 * was about to reuse (ECONNRESET). `exitedWith` gives the process's output once it has exited.
 */
async function readyWithin(url: string, ms: number, exitedWith: () => string | undefined): Promise<Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    let answer: Response;
    try {
      answer = await fetch(`${url}/readyz`);
    } catch (error) {
      const output = exitedWith();
      if (output !== undefined) throw new Error(`the server exited while starting:\n${output}`);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    if (answer.ok || answer.status !== 503 || Date.now() > deadline) return answer;
    const body = readinessShape.safeParse(await answer.clone().json());
    if (!body.success || body.data.status !== "starting") return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
