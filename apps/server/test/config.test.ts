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

  it("prefixes Redis keys with REDIS_KEY_PREFIX, pagewise: by default", () => {
    expect(loadConfig({}).redisKeyPrefix).toBe("pagewise:");
    expect(loadConfig({ REDIS_KEY_PREFIX: "docs-eu:" }).redisKeyPrefix).toBe("docs-eu:");
    expect(() => loadConfig({ REDIS_KEY_PREFIX: "has spaces" })).toThrow(/REDIS_KEY_PREFIX must be 1-64 letters/);
  });

  it("reads the book's static folder, site and identity", () => {
    expect(loadConfig({})).toMatchObject({
      docsStaticDir: undefined,
      docsSiteUrl: undefined,
      book: { title: undefined, questions: undefined },
    });
    const config = loadConfig({
      DOCS_STATIC_DIR: "../site/static",
      DOCS_SITE_URL: "https://trpc.io/",
      BOOK_TITLE: "tRPC",
      BOOK_QUESTIONS: "How do I start? | What is a router?||",
    });
    expect(config).toMatchObject({
      docsStaticDir: "../site/static",
      docsSiteUrl: "https://trpc.io",
      book: { title: "tRPC", questions: ["How do I start?", "What is a router?"] },
    });
    expect(() => loadConfig({ DOCS_SITE_URL: "trpc.io" })).toThrow(/DOCS_SITE_URL must be an http\(s\) URL/);
  });

  it("asks the software background only unless PROFILE_BACKGROUNDS says otherwise", () => {
    expect(loadConfig({}).profileBackgrounds).toEqual([{ background: "software", examples: ["TypeScript", "Python"] }]);
    expect(
      loadConfig({ PROFILE_BACKGROUNDS: "Hardware: Jetson Nano, ROS 2 robots | software |" }).profileBackgrounds,
    ).toEqual([
      { background: "hardware", examples: ["Jetson Nano", "ROS 2 robots"] },
      { background: "software", examples: ["TypeScript", "Python"] },
    ]);
    expect(() => loadConfig({ PROFILE_BACKGROUNDS: "software, hardware" })).toThrow(
      /PROFILE_BACKGROUNDS names "software, hardware", which is not a background: use software and\/or hardware, separated by \| \(got "software, hardware"\)/,
    );
    expect(() => loadConfig({ PROFILE_BACKGROUNDS: "software | software" })).toThrow(
      /PROFILE_BACKGROUNDS names software twice/,
    );
    expect(() => loadConfig({ PROFILE_BACKGROUNDS: "|" })).toThrow(
      /PROFILE_BACKGROUNDS must name at least one background/,
    );
    expect(() => loadConfig({ PROFILE_BACKGROUNDS: `hardware: ${"x".repeat(41)}` })).toThrow(
      /PROFILE_BACKGROUNDS gives hardware too many or too long examples/,
    );
    expect(() => loadConfig({ PROFILE_BACKGROUNDS: "firmware" })).toThrow(ConfigError);
  });

  it("reads where /metrics is served, never echoing a bad METRICS_TOKEN", () => {
    expect(loadConfig({}).metrics).toEqual({ port: undefined, token: undefined });
    expect(loadConfig({ METRICS_PORT: "9464", METRICS_TOKEN: "a long enough metrics token" }).metrics).toEqual({
      port: 9464,
      token: "a long enough metrics token",
    });
    const error = (() => {
      try {
        loadConfig({ METRICS_TOKEN: "short-token" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain("METRICS_TOKEN must be at least 16 characters");
    expect(String(error)).not.toContain("short-token");
  });

  it("keeps the assistant's questions QUESTION_RETENTION_DAYS days, 30 by default", () => {
    expect(loadConfig({}).questionRetentionDays).toBe(30);
    expect(loadConfig({ QUESTION_RETENTION_DAYS: "7" }).questionRetentionDays).toBe(7);
    for (const bad of ["0", "-3", "1.5", "forever", "3651"]) {
      expect(() => loadConfig({ QUESTION_RETENTION_DAYS: bad })).toThrow(/QUESTION_RETENTION_DAYS must be/);
    }
  });

  it("refuses development mode (the default) with a public BETTER_AUTH_URL", () => {
    expect(() => loadConfig({ BETTER_AUTH_URL: "https://docs.example.com" })).toThrow(
      /NODE_ENV is "development" \(the default\), which is only for a loopback BETTER_AUTH_URL .* set NODE_ENV=production/,
    );
    expect(() => loadConfig({ NODE_ENV: "development", BETTER_AUTH_URL: "http://10.0.0.5:3000" })).toThrow(ConfigError);
    for (const url of ["http://localhost:3000", "http://127.0.0.1:4000", "http://[::1]:3000", "http://docs.localhost"])
      expect(loadConfig({ BETTER_AUTH_URL: url }).auth.baseUrl).toBe(new URL(url).origin);
    expect(loadConfig({ NODE_ENV: "production", BETTER_AUTH_URL: "https://docs.example.com" }).production).toBe(true);
  });

  it("waits at shutdown at least as long as a request may take", () => {
    expect(loadConfig({}).shutdownGraceMs).toBe(35_000);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: "60000" }).shutdownGraceMs).toBe(65_000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: "45000" }).shutdownGraceMs).toBe(45_000);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: "10000" })).toThrow(
      /SHUTDOWN_GRACE_MS must be at least REQUEST_TIMEOUT_MS \(30000\)/,
    );
  });

  it("reports every bad variable at once, by name", () => {
    const error = (() => {
      try {
        loadConfig({ PORT: "70000", NODE_ENV: "staging", DATABASE_DRIVER: "mysql", MIGRATE_ON_START: "yes" });
      } catch (e) {
        return e;
      }
    })();
    if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${error}`);
    const { problems } = error;
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/PORT must be between 0 and 65535 \(got "70000"\)/);
    expect(problems.join("\n")).toMatch(/NODE_ENV must be "development", "production" or "test"/);
    expect(problems.join("\n")).toMatch(/DATABASE_DRIVER must be "pg" or "neon"/);
    expect(problems.join("\n")).toMatch(/MIGRATE_ON_START must be "true" or "false"/);
  });

  it("derives the auth settings: Secure cookies for https or production, trusted origins, providers", () => {
    const local = loadConfig({ PORT: "4000" });
    expect(local.auth).toMatchObject({
      baseUrl: "http://localhost:4000",
      secureCookies: false,
      trustedOrigins: ["http://localhost:4000", "http://localhost:5173"],
      socialProviders: { github: undefined, google: undefined },
      authRateLimitPerMinute: 5,
      eventRetentionDays: 90,
    });
    expect(loadConfig({ NODE_ENV: "test", BETTER_AUTH_URL: "https://docs.example.com/" }).auth.secureCookies).toBe(
      true,
    );
    const production = loadConfig({
      NODE_ENV: "production",
      BETTER_AUTH_URL: "https://docs.example.com",
      BETTER_AUTH_TRUSTED_ORIGINS: "https://www.example.com, https://example.com/path",
      ADMIN_EMAILS: "Root@Example.com",
      GITHUB_CLIENT_ID: "id",
      GITHUB_CLIENT_SECRET: "secret",
    });
    expect(production.auth).toMatchObject({
      secureCookies: true,
      trustedOrigins: ["https://docs.example.com", "https://www.example.com", "https://example.com"],
      adminEmails: ["root@example.com"],
      socialProviders: { github: { clientId: "id", clientSecret: "secret" } },
    });
  });

  it("wants both halves of a social provider's credentials, and never echoes secrets", () => {
    expect(() => loadConfig({ GOOGLE_CLIENT_ID: "id" })).toThrow(/GOOGLE_CLIENT_SECRET is needed too/);
    try {
      loadConfig({ SMTP_URL: "http://user:hunter2@mail", BETTER_AUTH_TRUSTED_ORIGINS: "not a url" });
    } catch (error) {
      expect(String(error)).toMatch(/SMTP_URL must be an smtp/);
      expect(String(error)).toMatch(/BETTER_AUTH_TRUSTED_ORIGINS/);
      expect(String(error)).not.toContain("hunter2");
    }
    expect.assertions(4);
  });
});
