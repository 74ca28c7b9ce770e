import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";

describe("loadConfig", () => {
  it("has defaults that run a fresh clone with no settings", () => {
    expect(loadConfig({})).toMatchObject({
      nodeEnv: "development",
      production: false,
      port: 3000,
      database: { url: undefined, driver: undefined, migrateOnStart: true },
    });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 3000, database: { url: undefined } });
  });

  it("reads the database settings", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://u@h/db",
      DATABASE_DRIVER: "neon",
      NEON_WS_PROXY: "127.0.0.1:1234",
      MIGRATE_ON_START: "false",
    });
    expect(config.database).toEqual({
      url: "postgres://u@h/db",
      driver: "neon",
      neonWsProxy: "127.0.0.1:1234",
      migrateOnStart: false,
    });
  });

  it("reports every bad variable at once, by name", () => {
    const error = (() => {
      try {
        loadConfig({ PORT: "70000", NODE_ENV: "staging", DATABASE_DRIVER: "mysql", MIGRATE_ON_START: "yes" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/PORT must be between 0 and 65535 \(got "70000"\)/);
    expect(problems.join("\n")).toMatch(/NODE_ENV must be "development", "production" or "test"/);
    expect(problems.join("\n")).toMatch(/DATABASE_DRIVER must be "pg" or "neon"/);
    expect(problems.join("\n")).toMatch(/MIGRATE_ON_START must be "true" or "false"/);
  });
});
