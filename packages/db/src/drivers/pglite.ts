import { PGlite } from "@electric-sql/pglite";
import { PGliteDialect } from "./pglite-dialect";
import { lockDataDir } from "./pglite-lock";

export interface PGliteDriver {
  dialect: PGliteDialect;
  close(): Promise<void>;
}

/** Opens (creating if needed) an embedded Postgres; in memory when dataDir is undefined. */
export async function openPGlite(dataDir: string | undefined): Promise<PGliteDriver> {
  const unlock = dataDir === undefined ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir === undefined ? undefined : { dataDir });
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    dialect: new PGliteDialect(pglite),
    async close() {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}
