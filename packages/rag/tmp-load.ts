// scratch: load a persistent 100k-chunk database for EXPLAIN experiments (deleted before finishing)
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { sql } from "kysely";
import { addSyntheticDocuments } from "./src/bench/synthetic-corpus";
import { vocabulary } from "./src/bench/vocabulary";
const admin = await createDatabase("postgres://postgres@127.0.0.1:5432/test", { maxConnections: 1 });
await sql`drop database if exists pagewise_exp with (force)`.execute(admin.db);
await sql`create database pagewise_exp`.execute(admin.db);
await admin.close();
const pg = await createDatabase("postgres://postgres@127.0.0.1:5432/pagewise_exp", { driver: "pg", maxConnections: 2 });
await migrateToLatest(pg.db);
const t = performance.now();
await addSyntheticDocuments(pg.db, vocabulary(20_000), 1, 10_000);
console.log("loaded", (performance.now() - t) / 1000);
await pg.close();
