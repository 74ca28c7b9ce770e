import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { generatedSchemaPath, renderSchemaTypes } from "../src/schema-types";

it("schema.generated.ts matches the migrations (run `npm run db:types` after adding one)", async () => {
  expect(await readFile(generatedSchemaPath, "utf8")).toBe(await renderSchemaTypes());
});
