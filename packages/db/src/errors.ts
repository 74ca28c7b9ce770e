/** Errors the database layer raises for things an operator can fix. */

export class DatabaseConfigError extends Error {
  override readonly name = "DatabaseConfigError";
}

export class DatabaseUnreachableError extends Error {
  override readonly name = "DatabaseUnreachableError";

  constructor(
    readonly redactedUrl: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Cannot reach the database at DATABASE_URL=${redactedUrl}: ${reason}. ` +
        "Check that the server is running and the URL is right, or unset DATABASE_URL to use the embedded database.",
      { cause },
    );
  }
}

export class DatabaseLockedError extends Error {
  override readonly name = "DatabaseLockedError";

  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${pid}. ` +
        "Stop that process, or point DATABASE_URL at another directory (pglite:<dir>).",
    );
  }
}
