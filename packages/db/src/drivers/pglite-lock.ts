import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseLockedError } from "../errors";

const LOCK_FILE = "pagewise.pid";

/**
 * PGlite has no cross-process lock, and two processes writing one data
 * directory corrupt it. A PID file makes the second process fail fast with a
 * clear message instead. A lock left by a process that no longer runs is stale
 * and taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const holder = readHolder(path);
  if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
    throw new DatabaseLockedError(dir, holder);
  }
  writeFileSync(path, String(process.pid));
  return () => {
    if (readHolder(path) === process.pid) rmSync(path, { force: true });
  };
}

function readHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
