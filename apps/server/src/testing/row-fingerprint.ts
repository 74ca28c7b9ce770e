import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";

/** The tables a client's request could change: a refused request must leave them as they were. */
const CLIENT_WRITABLE_TABLES = [
  "user",
  "session",
  "account",
  "verification",
  "profile",
  "consent_event",
  "mail_outbox",
] as const;

/** One digest of every row a client could change, to compare before and after a refused request. */
export async function clientRowsFingerprint(db: Kysely<Database>): Promise<string> {
  const parts: string[] = [];
  for (const table of CLIENT_WRITABLE_TABLES) {
    const { rows } = await sql<{ digest: string | null }>`
      select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t`.execute(db);
    parts.push(`${table}:${rows[0]?.digest ?? "empty"}`);
  }
  return parts.join(",");
}
