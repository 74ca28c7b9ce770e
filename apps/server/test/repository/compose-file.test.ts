import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findProjectRoot } from "@pagewise/db";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { SERVER_VARIABLES } from "../../src/config";

const root = findProjectRoot(import.meta.dirname);

interface ComposeFile {
  services: Record<
    string,
    { build?: string; environment?: Record<string, string>; depends_on?: Record<string, unknown> }
  >;
}

// Docker is not available to the tests: this checks what can be checked without it, that the
// compose file wires the app to its Postgres and Redis under names the server reads.
const compose: ComposeFile = parse(readFileSync(join(root, "compose.yaml"), "utf8"));
const app = compose.services.app;

it("builds the app from the Dockerfile and waits for Postgres and Redis", () => {
  expect(app?.build).toBe(".");
  expect(Object.keys(app?.depends_on ?? {}).sort()).toEqual(["postgres", "redis"]);
  expect(Object.keys(compose.services).sort()).toEqual(["app", "postgres", "redis"]);
});

it("sets only variables the server reads, and points them at the compose services", () => {
  const environment = app?.environment ?? {};
  expect(Object.keys(environment).filter((name) => !SERVER_VARIABLES.includes(name))).toEqual([]);
  expect(environment.NODE_ENV).toBe("production");
  expect(new URL(environment.DATABASE_URL ?? "").host).toBe("postgres:5432");
  expect(new URL(environment.REDIS_URL ?? "").host).toBe("redis:6379");
  expect(compose.services.postgres?.environment).toMatchObject({ POSTGRES_USER: "pagewise", POSTGRES_DB: "pagewise" });
});
