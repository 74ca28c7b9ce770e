import type { Migration } from "kysely";
import * as authCore from "./0001-auth-core";
import * as authSupport from "./0002-auth-support";

/**
 * Every migration, in order. Listed here rather than read from disk so that
 * bundled builds carry them. Names sort in the order they run; never rename or
 * edit one that has shipped: add a new one.
 */
export const migrations: Record<string, Migration> = {
  "0001-auth-core": authCore,
  "0002-auth-support": authSupport,
};
