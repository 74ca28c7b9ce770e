import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";

/**
 * A value kept per database handle, made on first use: what retrieval
 * remembers (the index, word lookups) belongs to one database, since two
 * Postgres versions may stem a word differently. Forgotten with the handle.
 */
export function perDatabase<T>(create: () => T): (db: Kysely<Database>) => T {
  const values = new WeakMap<Kysely<Database>, T>();
  return (db) => {
    const known = values.get(db);
    if (known !== undefined) return known;
    const value = create();
    values.set(db, value);
    return value;
  };
}
