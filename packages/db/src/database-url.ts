import { isAbsolute, resolve } from "node:path";
import { DatabaseConfigError } from "./errors";
import { findProjectRoot } from "./project-root";

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** Where the data lives and which driver talks to it, decided from DATABASE_URL. */
export type DatabaseTarget = { driver: "pglite"; dataDir: string | undefined } | { driver: "pg" | "neon"; url: string };

export interface DriverOptions {
  /** `DATABASE_DRIVER`: "neon" forces the Neon driver for any Postgres URL, "pg" forces node-postgres (Neon also speaks plain TCP). */
  driver?: string | undefined;
  /** Base for relative PGlite directories; defaults to the working directory. The default directory is under the project root. */
  cwd?: string | undefined;
}

/**
 * Reads a DATABASE_URL the way DESIGN.md's table says:
 * unset or `pglite:<dir>` / `pglite:memory` is the embedded PGlite,
 * a Neon host (or DATABASE_DRIVER=neon) is the Neon serverless driver,
 * any other postgres:// URL is node-postgres.
 */
export function parseDatabaseUrl(url: string | undefined, options: DriverOptions = {}): DatabaseTarget {
  const cwd = options.cwd ?? process.cwd();
  if (options.driver !== undefined && options.driver !== "" && options.driver !== "neon" && options.driver !== "pg") {
    throw new DatabaseConfigError(`DATABASE_DRIVER must be "neon" or "pg", not "${options.driver}".`);
  }
  if (url === undefined || url.trim() === "") {
    return { driver: "pglite", dataDir: resolve(findProjectRoot(cwd), DEFAULT_PGLITE_DIR) };
  }
  if (url.startsWith("pglite:")) {
    const location = url.slice("pglite:".length).replace(/^\/\//, "");
    if (location === "memory") return { driver: "pglite", dataDir: undefined };
    if (location === "") {
      throw new DatabaseConfigError("DATABASE_URL=pglite: needs a directory (pglite:.data/pglite) or pglite:memory.");
    }
    return { driver: "pglite", dataDir: isAbsolute(location) ? location : resolve(cwd, location) };
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid URL. Use postgres://user:password@host:5432/database, pglite:<dir> or pglite:memory.",
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgres://, postgresql:// or pglite:, not ${parsed.protocol}//.`,
    );
  }
  if (options.driver === "pg") return { driver: "pg", url };
  if (options.driver === "neon" || isNeonHost(parsed.hostname)) return { driver: "neon", url };
  return { driver: "pg", url };
}

export function isNeonHost(hostname: string): boolean {
  return /\.neon\.(tech|build)$/i.test(hostname);
}

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === "pglite") return target.dataDir === undefined ? "pglite:memory" : `pglite:${target.dataDir}`;
  return redactUrl(target.url);
}
