import { basename } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The settings every package's tests share. Each run also writes a JSON report
 * to .test-results/, which scripts/run-tests.mjs sums into one closing line.
 */
export function sharedTestConfig(packageDir: string) {
  return defineConfig({
    test: {
      // Creating a PGlite instance takes seconds, and real Postgres databases are created per file.
      testTimeout: 60_000,
      hookTimeout: 120_000,
      reporters: [
        "default",
        ["json", { outputFile: `${packageDir}/../../.test-results/${basename(packageDir)}.json` }],
      ],
    },
  });
}
