import type { Migration } from "kysely/migration";
import * as authCore from "./0001-auth-core";
import * as authSupport from "./0002-auth-support";
import * as rag from "./0003-rag";
import * as forgetDeletedUsers from "./0004-forget-deleted-users";
import * as profiles from "./0005-profiles";
import * as chunkEmbeddings from "./0006-chunk-embeddings";
import * as requestRateLimits from "./0007-request-rate-limits";
import * as chunkTermStatistics from "./0008-chunk-term-statistics";
import * as bookPages from "./0009-book-pages";
import * as adminAudit from "./0010-admin-audit";
import * as forgetRawIpCounters from "./0011-forget-raw-ip-counters";
import * as assistantFeedback from "./0012-assistant-feedback";
import * as rankInMemory from "./0013-rank-in-memory";
import * as unloggedRateCounters from "./0014-unlogged-rate-counters";
import * as bookEditUrl from "./0015-book-edit-url";
import * as bookVersions from "./0016-book-versions";
import * as bookSourceFingerprint from "./0017-book-source-fingerprint";

/**
 * Every migration, in order. Listed here rather than read from disk so that
 * bundled builds carry them. Names sort in the order they run; never rename or
 * edit one that has shipped: add a new one.
 */
export const migrations: Record<string, Migration> = {
  "0001-auth-core": authCore,
  "0002-auth-support": authSupport,
  "0003-rag": rag,
  "0004-forget-deleted-users": forgetDeletedUsers,
  "0005-profiles": profiles,
  "0006-chunk-embeddings": chunkEmbeddings,
  "0007-request-rate-limits": requestRateLimits,
  "0008-chunk-term-statistics": chunkTermStatistics,
  "0009-book-pages": bookPages,
  "0010-admin-audit": adminAudit,
  "0011-forget-raw-ip-counters": forgetRawIpCounters,
  "0012-assistant-feedback": assistantFeedback,
  "0013-rank-in-memory": rankInMemory,
  "0014-unlogged-rate-counters": unloggedRateCounters,
  "0015-book-edit-url": bookEditUrl,
  "0016-book-versions": bookVersions,
  "0017-book-source-fingerprint": bookSourceFingerprint,
};
