import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { findProjectRoot } from "@pagewise/db";
import { describe, expect, it } from "vitest";
import { loadConfig, SERVER_VARIABLES } from "../../src/config";

const root = findProjectRoot(import.meta.dirname);
const example = readFileSync(join(root, ".env.example"), "utf8");
const configurationDoc = readFileSync(join(root, "docs", "configuration.md"), "utf8");

/** `NAME=value` and commented-out `# NAME=value` lines: the settings `.env.example` shows. */
const shownSettings = [...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, name = "", value = ""]) => ({
  name,
  value,
}));

describe(".env.example", () => {
  it("lists every variable the server reads, and nothing else", () => {
    expect(shownSettings.map(({ name }) => name).sort()).toEqual([...SERVER_VARIABLES].sort());
  });

  it("sets nothing: every line is commented out, so copying it changes no default", () => {
    expect(parseEnv(example)).toEqual({});
  });

  it("shows defaults the server accepts", () => {
    const uncommented = shownSettings.map(({ name, value }) => `${name}=${value}`).join("\n");
    const config = loadConfig(parseEnv(uncommented));
    expect(config).toMatchObject({
      port: 3000,
      nodeEnv: "development",
      mail: { from: "Acme Docs <docs@acme.dev>" },
    });
  });
});

it("docs/configuration.md documents every variable the server reads", () => {
  const undocumented = SERVER_VARIABLES.filter((name) => !configurationDoc.includes(`\`${name}\``));
  expect(undocumented).toEqual([]);
});

// A variable read straight from process.env (as LOG_LEVEL is) bypasses the config schema: it must
// still be in SERVER_VARIABLES, or .env.example and the docs would silently miss it.
it("every process.env read in the server's runtime code is a listed variable", () => {
  const runtimeSources = [
    join(root, "apps/server/src"),
    ...["api", "auth", "db", "rag"].map((name) => join(root, "packages", name, "src")),
  ];
  const read = new Set<string>();
  for (const dir of runtimeSources) {
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      // CLIs, benchmarks and test helpers have their own variables (INIT_CWD, BENCH_*, TEST_*).
      if (!file.endsWith(".ts") || /(^|\/)(cli|testing|eval)\//.test(file)) continue;
      for (const [, name = ""] of readFileSync(join(dir, file), "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) {
        read.add(name);
      }
    }
  }
  expect(read.size).toBeGreaterThan(0);
  expect([...read].filter((name) => !SERVER_VARIABLES.includes(name))).toEqual([]);
});
