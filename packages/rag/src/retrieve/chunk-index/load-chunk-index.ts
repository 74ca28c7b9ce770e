import { type Database, perDatabase } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import { type ChunkIndex, ChunkIndexBuilder, type ChunkRow } from "./chunk-index";

/** Chunks read per query while loading: a large book streams in instead of arriving as one huge result. */
const PAGE_SIZE = 2_000;

/**
 * How long an index counts as current without asking the database again.
 * Ingests through the same handle say so at once (chunksChanged); one from
 * another process shows within this long. Checking on every question cost a
 * round trip each (0.4 ms on PGlite).
 */
const FRESH_MS = 1_000;

interface Loaded {
  generation: string;
  index: ChunkIndex;
}

interface State {
  current?: Loaded;
  /** When the last read of the generation began (performance.now()). */
  checkedAt: number;
  /** How many times chunksChanged was called: a read that began before the last call cannot vouch for now. */
  changes: number;
  loading?: { generation: string; promise: Promise<Loaded> };
  checking?: { changes: number; promise: Promise<string> };
}

/** One index per version asked about; "" is "the last version", for callers that do not name one. */
const statesOf = perDatabase(() => new Map<string, State>());

function stateOf(db: Kysely<Database>, version: string | undefined): State {
  const states = statesOf(db);
  const key = version ?? "";
  let state = states.get(key);
  if (state === undefined) {
    state = { checkedAt: Number.NEGATIVE_INFINITY, changes: 0 };
    states.set(key, state);
  }
  return state;
}

/** Tells the indexes of `db` that its chunks changed: the next question reads the generation again. */
export function chunksChanged(db: Kysely<Database>): void {
  for (const state of statesOf(db).values()) {
    state.changes++;
    state.checkedAt = Number.NEGATIVE_INFINITY;
  }
}

/**
 * The chunk index of one version of the book (by default the last version, the one at /docs), in
 * memory, as of now: a call checks
 * `chunk_generation` (migration 0013) when the last check is over FRESH_MS
 * old or chunksChanged was called, and reloads when the chunks changed, so an
 * ingest in another process shows within a second. Concurrent callers share
 * one check and one load. The generation is read before the
 * chunks: a write during the load leaves the index labelled older than it is,
 * which costs one reload, never a stale index.
 */
export async function loadChunkIndex(db: Kysely<Database>, version?: string): Promise<ChunkIndex> {
  const state = stateOf(db, version);
  // While a newer index loads, the old one is not current: questions wait for the load, as before.
  const fresh = state.loading === undefined && performance.now() - state.checkedAt < FRESH_MS;
  if (state.current !== undefined && fresh) return state.current.index;
  const generation = await sharedCheck(db, state);
  // A check that began before the last load may answer an older number.
  if (state.current !== undefined && BigInt(state.current.generation) >= BigInt(generation)) {
    return state.current.index;
  }
  if (state.loading?.generation !== generation) {
    const loading = { generation, promise: readIndex(db, generation, version) };
    state.loading = loading;
    loading.promise.then(
      (loaded) => {
        if (state.loading === loading) state.loading = undefined;
        if (state.current === undefined || BigInt(state.current.generation) <= BigInt(loaded.generation)) {
          state.current = loaded;
        }
      },
      () => {
        if (state.loading === loading) state.loading = undefined;
      },
    );
  }
  return (await state.loading.promise).index;
}

function sharedCheck(db: Kysely<Database>, state: State): Promise<string> {
  if (state.checking?.changes === state.changes) return state.checking.promise;
  const startedAt = performance.now();
  const checking = {
    changes: state.changes,
    promise: db
      .selectFrom("chunk_generation")
      .select("value")
      .executeTakeFirstOrThrow()
      .then((row) => {
        if (state.changes === checking.changes) state.checkedAt = startedAt;
        return String(row.value);
      })
      .finally(() => {
        if (state.checking === checking) state.checking = undefined;
      }),
  };
  state.checking = checking;
  return checking.promise;
}

// Unlisted pages (Docusaurus's `unlisted: true`) are read by their URL only: the assistant never finds them.
async function readIndex(db: Kysely<Database>, generation: string, version: string | undefined): Promise<Loaded> {
  // Before the first ingest there are no versions: every chunk there is (none, or a test's own).
  const ofVersion =
    version === undefined
      ? sql`d.version = coalesce((select name from book_version where is_last), d.version)`
      : sql`d.version = ${version}`;
  const builder = new ChunkIndexBuilder();
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await sql<ChunkRow>`
      select c.id, c.document_id as "documentId", d.source_path as source, d.slug, d.title,
        c.heading_path as "headingPath", c.anchor, c.ordinal, c.body, c.code, c.search::text as search
      from chunk c join document d on d.id = c.document_id
      where c.id > ${after}::uuid and not d.unlisted and ${ofVersion}
      order by c.id
      limit ${PAGE_SIZE}
    `.execute(db);
    for (const row of rows) builder.add(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_SIZE) break;
    after = last.id;
  }
  return { generation, index: { ...builder.finish(), version } };
}
