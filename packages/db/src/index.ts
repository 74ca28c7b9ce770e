export { type CreateDatabaseOptions, createDatabase, type PagewiseDatabase } from "./create-database";
export { type DatabaseTarget, parseDatabaseUrl, redactUrl } from "./database-url";
export type { PoolStats } from "./drivers/pg";
export { DatabaseConfigError, DatabaseLockedError, DatabaseUnreachableError } from "./errors";
export { isDatabaseUnavailable } from "./is-database-unavailable";
export { MigrationFailedError, type MigrationSummary, migrateToLatest } from "./migrate";
export { findProjectRoot } from "./project-root";
export type { Database, NewRow, Row, RowUpdate, TableName } from "./schema";
