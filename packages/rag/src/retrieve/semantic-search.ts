import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import type { EmbeddingsConfig, RagLogger } from "../config/rag-runtime";
import { embedTexts } from "../embeddings/embed-texts";

export interface SemanticQuery {
  /** The question's vector, unit length. */
  vector: number[];
  model: string;
}

export interface SemanticRow {
  id: string;
  document_id: string;
  similarity: number;
}

/**
 * The question as a vector, or undefined (with one warning in the log) when
 * the semantic leg cannot run: no vectors stored for this model yet, or the
 * endpoint failing. Retrieval then goes on with full-text search alone.
 */
export async function semanticQuery(
  db: Kysely<Database>,
  config: EmbeddingsConfig,
  text: string,
  logger: RagLogger | undefined,
): Promise<SemanticQuery | undefined> {
  const stored = await db
    .selectFrom("chunk_embedding")
    .select("chunk_id")
    .where("model", "=", config.model)
    .limit(1)
    .executeTakeFirst();
  if (stored === undefined) {
    logger?.warn(
      `No chunk has an embedding from ${config.model} yet: run the ingest with EMBEDDINGS_URL set. Full-text search only.`,
    );
    return undefined;
  }
  try {
    const [vector] = await embedTexts(config, [text]);
    return vector === undefined ? undefined : { vector, model: config.model };
  } catch (error) {
    logger?.warn(`${error instanceof Error ? error.message : String(error)} Full-text search only for this question.`);
    return undefined;
  }
}

/**
 * The chunks closest to the query vector (cosine similarity; vectors are unit
 * length, so a dot product). pgvector computes it when the extension is
 * installed in this database; otherwise plain SQL does, which scans every
 * vector: fine for a book (thousands of chunks), not for millions.
 */
export async function nearestChunks(
  db: Kysely<Database>,
  query: SemanticQuery,
  limit: number,
  excludeChunkId: string | undefined,
  version: string | undefined,
): Promise<SemanticRow[]> {
  const exclude = excludeChunkId === undefined ? sql`` : sql`and e.chunk_id <> ${excludeChunkId}::uuid`;
  // Answers come from the version being read; without one, from the last version.
  const ofVersion =
    version === undefined
      ? sql`and d.version = coalesce((select name from book_version where is_last), d.version)`
      : sql`and d.version = ${version}`;
  const vector = sql`cast(${query.vector} as real[])`;
  const similarity = (await hasPgvector(db))
    ? sql<number>`1 - (cast(e.embedding as vector) <=> cast(${vector} as vector))`
    : sql<number>`(select sum(a * b) from unnest(e.embedding, ${vector}) as v(a, b))`;
  const { rows } = await sql<SemanticRow>`
    select e.chunk_id as id, c.document_id, ${similarity}::float8 as similarity
    from chunk_embedding e join chunk c on c.id = e.chunk_id join document d on d.id = c.document_id
    where e.model = ${query.model} and e.dimensions = ${query.vector.length} and not d.unlisted ${exclude} ${ofVersion}
    order by similarity desc, e.chunk_id
    limit ${limit}
  `.execute(db);
  return rows;
}

/** Whether pgvector is installed in this database (checked once per database handle). */
const pgvectorByDatabase = new WeakMap<Kysely<Database>, Promise<boolean>>();
export function hasPgvector(db: Kysely<Database>): Promise<boolean> {
  let known = pgvectorByDatabase.get(db);
  if (known === undefined) {
    known = sql<{
      installed: boolean;
    }>`select exists (select 1 from pg_extension where extname = 'vector') as installed`
      .execute(db)
      .then(({ rows }) => rows[0]?.installed === true);
    pgvectorByDatabase.set(db, known);
  }
  return known;
}
