import type { Kysely } from "kysely";
import type { Database } from "./schema";

/**
 * A value kept per database handle, made on first use and forgotten with the
 * handle: what belongs to one database rather than to the process, such as
 * retrieval's index and word lookups (two Postgres versions may stem a word
 * differently) or the question log's grouped writes.
 */
export function perDatabase<T>(create: (db: Kysely<Database>) => T): (db: Kysely<Database>) => T {
  const values = new WeakMap<Kysely<Database>, T>();
  return (db) => {
    const known = values.get(db);
    if (known !== undefined) return known;
    const value = create(db);
    values.set(db, value);
    return value;
  };
}
