import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Creating a PGlite instance takes seconds; real Postgres databases are created per file.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
