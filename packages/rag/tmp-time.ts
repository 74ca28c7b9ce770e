// scratch timing against pagewise_exp (deleted before finishing)
import { createDatabase } from "@pagewise/db";
import { measure } from "./src/bench/latency";
import { syntheticQuestions } from "./src/bench/synthetic-corpus";
import { vocabulary } from "./src/bench/vocabulary";
import { searchChunks } from "./src/retrieve/search-chunks";
const pg = await createDatabase("postgres://postgres@127.0.0.1:5432/pagewise_exp", { driver: "pg", maxConnections: 2 });
const qs = syntheticQuestions(vocabulary(20_000), 200);
const s = await measure(qs, (q) => searchChunks(pg.db, q, { k: 5 }));
const c = await measure(qs.slice(0, 50), () => searchChunks(pg.db, "how do I use the server with the client", { k: 5 }));
console.log("search", s.p50.toFixed(2), s.p99.toFixed(2), "common", c.p50.toFixed(2), c.p99.toFixed(2));
if (process.env.DUMP) for (const q of qs.slice(0, 5)) console.log(q, JSON.stringify((await searchChunks(pg.db, q, { k: 5 })).map((h) => [h.chunkId.slice(0, 8), h.score.toFixed(3), h.match])));
await pg.close();
