/**
 * `npm run admin -- grant <email>` / `revoke <email>` / `list`: manages admins
 * in the database DATABASE_URL names (the embedded one when unset). Stop a
 * server running on the embedded database first: it holds the data directory.
 */
import { grantAdmin, revokeAdmin } from "@pagewise/auth";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { loadEnvFile } from "../load-env-file";

const USAGE = "Usage: npm run admin -- grant <email> | revoke <email> | list";

async function main(argv: string[]): Promise<number> {
  const [command, given] = argv;
  const email = given?.trim().toLowerCase();
  if (command !== "list" && ((command !== "grant" && command !== "revoke") || !email)) {
    console.error(USAGE);
    return 2;
  }
  loadEnvFile();
  const database = await createDatabase(process.env.DATABASE_URL, {
    driver: process.env.DATABASE_DRIVER,
    neonWsProxy: process.env.NEON_WS_PROXY,
  });
  try {
    await migrateToLatest(database.db);
    if (command === "list") {
      const admins = await database.db
        .selectFrom("user")
        .select(["email", "name"])
        .where("role", "=", "admin")
        .orderBy("email")
        .execute();
      if (admins.length === 0) console.log("No admins yet. Grant one with: npm run admin -- grant <email>");
      for (const admin of admins) console.log(`${admin.email}\t${admin.name}`);
      return 0;
    }
    if (command === "grant" && email) {
      const { missing } = await grantAdmin(database.db, [email]);
      if (missing.length > 0) {
        console.error(
          `No account with the email ${email}. Sign up first (or list it in ADMIN_EMAILS, and its owner claims the role through a password reset).`,
        );
        return 1;
      }
      console.log(`${email} is now an admin.`);
      return 0;
    }
    if (email && (await revokeAdmin(database.db, email))) {
      console.log(`${email} is no longer an admin.`);
      return 0;
    }
    console.error(`No account with the email ${email}.`);
    return 1;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
