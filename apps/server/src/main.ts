import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { createApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { closeGracefully } from "./graceful-shutdown";
import { loadEnvFile } from "./load-env-file";

// Both the bundle (apps/server/dist) and the source (apps/server/src) sit two levels below apps/.
const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

async function main(): Promise<void> {
  const envFile = loadEnvFile();
  if (envFile) console.log(`Read settings from ${envFile}`);
  const config = loadConfig();

  const database = await createDatabase(config.database.url, config.database);
  console.log(`Database: ${database.description} (driver: ${database.driver})`);
  if (config.database.migrateOnStart) {
    const { applied } = await migrateToLatest(database.db);
    for (const name of applied) console.log(`Applied migration ${name}`);
  }

  const webDistDir = config.webDistDir ?? DEFAULT_WEB_DIST;
  const servesWeb = existsSync(webDistDir);
  if (!servesWeb) console.log(`No web build at ${webDistDir}: serving the API only (run \`npm run build\`).`);

  const app = createApp({ database, webDistDir: servesWeb ? webDistDir : undefined });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    console.log(`Pagewise is listening on http://${host}:${info.port}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests in flight, then closing the database.`);
    closeGracefully(server, database.close).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Shutdown failed:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  // Config and database errors carry their own instructions; anything else gets its stack.
  const known = error instanceof ConfigError || (error instanceof Error && error.name.startsWith("Database"));
  console.error(known && error instanceof Error ? error.message : error);
  process.exit(1);
});
