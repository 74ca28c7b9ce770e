import { z } from "zod";

/** A bad or missing environment variable; start-up prints it and exits. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";

  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** Never echoed back in an error: they hold passwords or keys. */
const SECRET_VARIABLES = new Set(["DATABASE_URL", "NEON_WS_PROXY"]);

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
  .transform((value) => value === "true" || value === "1");

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const environment = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: 'must be "development", "production" or "test"' })
    .default("development"),
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(0, "must be between 0 and 65535")
    .max(65535, "must be between 0 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: optionalString,
  DATABASE_DRIVER: z.enum(["pg", "neon"], { error: 'must be "pg" or "neon" (or unset)' }).optional(),
  NEON_WS_PROXY: optionalString,
  MIGRATE_ON_START: booleanFlag.default(true),
  WEB_DIST_DIR: optionalString,
});

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof environment>) {
  return {
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV === "production",
    port: env.PORT,
    host: env.HOST,
    database: {
      url: env.DATABASE_URL,
      driver: env.DATABASE_DRIVER,
      neonWsProxy: env.NEON_WS_PROXY,
      migrateOnStart: env.MIGRATE_ON_START,
    },
    webDistDir: env.WEB_DIST_DIR,
  };
}

/**
 * The server's whole configuration, validated once at start-up. Every problem
 * is reported at once, each naming its variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = environment.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        const value = present[name];
        const shown = value === undefined || SECRET_VARIABLES.has(name) ? "" : ` (got "${value}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  return toConfig(parsed.data);
}
