import { existsSync } from "node:fs";
import { join } from "node:path";
import { findProjectRoot } from "@pagewise/db";

/**
 * Reads `.env` from the project root when there is one. Variables already set
 * in the environment win, so a deployment's settings are never overridden.
 */
export function loadEnvFile(): string | undefined {
  const path = join(findProjectRoot(), ".env");
  if (!existsSync(path)) return undefined;
  process.loadEnvFile(path);
  return path;
}
