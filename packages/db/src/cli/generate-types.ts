/**
 * `npm run db:types`: regenerates src/schema.generated.ts from the migrations,
 * by migrating a throwaway in-memory database and introspecting it. Run it after
 * adding a migration; a test fails while the committed file is stale.
 */
import { writeFile } from "node:fs/promises";
import { generatedSchemaPath, renderSchemaTypes } from "../schema-types";

async function main(): Promise<void> {
  const source = await renderSchemaTypes();
  await writeFile(generatedSchemaPath, source);
  console.log(`Wrote ${generatedSchemaPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
