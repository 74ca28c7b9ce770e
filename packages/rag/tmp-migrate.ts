import { createDatabase, migrateToLatest } from "@pagewise/db";
const pg = await createDatabase("postgres://postgres@127.0.0.1:5432/pagewise_exp", { driver: "pg", maxConnections: 1 });
const t = performance.now(); console.log(await migrateToLatest(pg.db), performance.now() - t); await pg.close();
