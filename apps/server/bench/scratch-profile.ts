import { spawn } from "node:child_process";
import { evalBooks, locateTrpcCorpus } from "@pagewise/rag/eval";
import autocannon from "autocannon";

async function main() {
  const questions = evalBooks[0]!.questions.map((q) => q.question);
  const port = "39123";
  const child = spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir=/tmp/prof", "dist/main.js"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: port, BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: process.argv[2] ?? "pglite:memory", DOCS_DIR: locateTrpcCorpus().dir!, RAG_RATE_LIMIT_PER_MINUTE: "1000000",
      NODE_ENV: "production", BETTER_AUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) { try { if ((await fetch(`${url}/readyz`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 200)); }
  let next = 0;
  const r = await autocannon({ url: `${url}/api/v1/query`, connections: 16, duration: 8, method: "POST", headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ question: questions[next++ % questions.length] }) }) }] });
  console.log("req/s", r.requests.average);
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}
main();
