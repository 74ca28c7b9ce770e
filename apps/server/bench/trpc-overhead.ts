/**
 * `npm run bench:trpc --workspace @pagewise/server`: what a tRPC call costs over
 * a bare Hono route, through tRPC's fetch adapter and through Pagewise's
 * handler (src/api/trpc-handler.ts), measured in the same run. The server runs
 * in its own process; each variant gets its req/s and the server's CPU time per
 * request, both as a ratio of the bare route. Prints figures; asserts nothing.
 *
 *   BENCH_SECONDS (default 10) per variant, BENCH_CONNECTIONS (default 50).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { z } from "zod";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const VARIANTS = [
  ["bare Hono route (baseline)", "/bare"],
  ["bare route, async handler", "/bare-async"],
  ["bare route, raw Request in, plain Response out", "/bare-fetch-style"],
  ["tRPC query, tRPC's fetch adapter", "/trpc/ping"],
  ["tRPC query, batched, tRPC's fetch adapter", "/trpc/ping?batch=1&input=%7B%7D"],
  ["tRPC query, Pagewise handler", "/pagewise/ping"],
  ["tRPC query, batched, Pagewise handler", "/pagewise/ping?batch=1&input=%7B%7D"],
] as const;

const cpuUsage = z.object({ user: z.number(), system: z.number() });

async function main(): Promise<void> {
  const server = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("trpc-overhead-server.ts", import.meta.url))],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    const base = await new Promise<string>((resolve, reject) => {
      server.stdout.on("data", (chunk: Buffer) => {
        const match = /listening on (\S+)/.exec(chunk.toString());
        if (match?.[1]) resolve(match[1]);
      });
      server.once("exit", (code) => reject(new Error(`benchmark server exited with ${code}`)));
    });
    const cpuMicros = async () => {
      const usage = cpuUsage.parse(await (await fetch(`${base}/__cpu`)).json());
      return usage.user + usage.system;
    };

    console.log(`tRPC overhead: ${CONNECTIONS} connections, ${SECONDS} s per variant, server in its own process`);
    const rows: { name: string; rps: number; cpu: number; failures: number }[] = [];
    for (const [name, path] of VARIANTS) {
      await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: 1 }); // warm-up
      const before = await cpuMicros();
      const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS });
      const used = (await cpuMicros()) - before;
      rows.push({
        name,
        rps: result.requests.average,
        cpu: used / Math.max(1, result.requests.total),
        failures: result.non2xx + result.errors + result.timeouts,
      });
    }

    const [baseline] = rows;
    if (!baseline) return;
    console.log(
      `${"variant".padEnd(48)} ${"req/s".padStart(7)} ${"× req/s".padStart(8)} ${"CPU µs/req".padStart(11)} ${"× CPU".padStart(6)}`,
    );
    for (const row of rows) {
      console.log(
        [
          row.name.padEnd(48),
          row.rps.toFixed(0).padStart(7),
          `${(row.rps / baseline.rps).toFixed(2)}×`.padStart(8),
          row.cpu.toFixed(1).padStart(11),
          `${(baseline.cpu / row.cpu).toFixed(2)}×`.padStart(6),
          row.failures ? `  ${row.failures} failed` : "",
        ].join(" "),
      );
    }
    console.log(
      "× CPU is the bare route's CPU per request over the variant's: the share of throughput it would keep on a server of its own.",
    );
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
