import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { defineConfig } from "vitest/config";

export interface SharedTestOptions {
  /**
   * The package's test files mostly wait (on server processes, browsers, sockets and timers) rather
   * than compute: run at least two at once, where Vitest's default on a 2-core machine is one.
   */
  mostlyWaiting?: boolean;
}

/**
 * The settings every package's tests share. Each run also writes a JSON report
 * to .test-results/, which scripts/run-tests.mjs sums into one closing line.
 */
export function sharedTestConfig(packageDir: string, { mostlyWaiting = false }: SharedTestOptions = {}) {
  return defineConfig({
    test: {
      // Creating a PGlite instance takes seconds, and real Postgres databases are created per file.
      testTimeout: 60_000,
      hookTimeout: 120_000,
      ...(mostlyWaiting && { maxWorkers: Math.max(2, availableParallelism() - 1) }),
      reporters: [
        "default",
        ["json", { outputFile: `${packageDir}/../../.test-results/${basename(packageDir)}.json` }],
      ],
    },
  });
}
