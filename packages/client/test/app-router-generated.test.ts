import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { routerTypeSource } from "../scripts/router-type-source";

describe("src/app-router.generated.ts", () => {
  // Type-checking the API to print its router takes seconds: once for both tests.
  let source = "";
  beforeAll(() => {
    source = routerTypeSource();
  });

  it("is what the generator writes for the current API (run `npm run generate` after changing it)", () => {
    const committed = readFileSync(new URL("../src/app-router.generated.ts", import.meta.url), "utf8");
    expect(committed).toBe(source);
  });

  it("spells every type out: nothing of the server (kysely, better-auth, zod) is named", () => {
    expect(source.match(/^import .*$/gm)).toEqual([
      'import type { TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure } from "@trpc/server";',
    ]);
    expect(source).not.toMatch(/\b(Kysely|Selectable|ZodType|z\.infer|Context)\b/);
  });
});
