/**
 * The peer `npm run bench` measures Pagewise's questions against: an
 * in-memory MiniSearch BM25 over exactly the chunks Pagewise indexes (the same
 * ingest, into an in-memory PGlite), behind a bare node:http server that
 * answers `POST /query {question}` with the five best chunks. What a team
 * could build in an afternoon instead of Pagewise: the bar for per-question cost.
 *
 *   tsx bench/minisearch-peer.ts <docs dir>   prints `peer listening on <url>` when ready.
 */
import { createServer } from "node:http";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { ingestDirectory } from "@pagewise/rag";
import { buildBaselineIndex } from "@pagewise/rag/eval";

const SNIPPET_CHARS = 300;

async function main(): Promise<void> {
  const docsDir = process.argv[2];
  if (docsDir === undefined) throw new Error("usage: minisearch-peer.ts <docs dir>");
  const database = await createDatabase("pglite:memory");
  await migrateToLatest(database.db);
  await ingestDirectory(database.db, docsDir);
  const index = await buildBaselineIndex(database.db);
  await database.close();

  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      const question = questionOf(request.method, body);
      if (question === undefined) {
        response.writeHead(400, { "content-type": "application/json" }).end('{"error":"question required"}');
        return;
      }
      const results = index.hits(question, 5).map(({ body: text, ...hit }) => ({
        ...hit,
        snippet: text.slice(0, SNIPPET_CHARS),
      }));
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ results }));
    });
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    console.log(`peer listening on http://127.0.0.1:${address.port}`);
  });
}

function questionOf(method: string | undefined, body: string): string | undefined {
  if (method !== "POST") return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "question" in parsed && typeof parsed.question === "string") {
      return parsed.question;
    }
  } catch {
    // Not JSON: answered 400 like any other malformed request.
  }
  return undefined;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
