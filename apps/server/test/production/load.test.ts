import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase } from "@pagewise/db";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, expect, it } from "vitest";
import { startServerProcess, TestClient, trpcClientFor } from "../../src/testing";

/**
 * A bounded load test on loopback: VIRTUAL_USERS clients for LOAD_TEST_SECONDS,
 * each repeating sign-up → profile upsert → rag.query → profile.get. It stops by
 * itself. Afterwards: no 5xx, and every user's profile row exists exactly once
 * holding the last value written.
 */
const VIRTUAL_USERS = 50;
const SECONDS = Number(process.env.LOAD_TEST_SECONDS ?? (process.env.CI === "true" ? 30 : 10));
const onPostgres = testDrivers().includes("pg");

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

it(`serves ${VIRTUAL_USERS} virtual users for ${SECONDS} s without a 5xx or a lost write`, {
  timeout: (SECONDS + 120) * 1000,
}, async () => {
  let databaseUrl: string;
  let external: TestDatabase | undefined;
  if (onPostgres) {
    external = await createTestDatabase("pg");
    cleanups.push(() => external?.dispose() ?? Promise.resolve());
    databaseUrl = external.url;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "pagewise-load-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    databaseUrl = `pglite:${dir}`;
  }
  const server = await startServerProcess({
    DATABASE_URL: databaseUrl,
    TRUST_PROXY: "true",
    AUTH_RATE_LIMIT_PER_MINUTE: "10000",
    RAG_RATE_LIMIT_PER_MINUTE: "100000",
  });
  cleanups.push(async () => {
    await server.stop();
  });

  const statuses = new Map<number, number>();
  const lastWritten = new Map<string, string>();
  const deadline = Date.now() + SECONDS * 1000;
  let iterations = 0;
  const run = randomBytes(3).toString("hex");

  const observe = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  async function virtualUser(vu: number) {
    for (let round = 0; Date.now() < deadline; round++) {
      const email = `vu${vu}-r${round}-${run}@example.com`;
      const browser = new TestClient(server.url, { ip: `10.${vu}.${round >> 8}.${round & 255}` });
      const signUp = await browser.signUp({
        name: `VU ${vu}`,
        email,
        password: "load test password",
      });
      observe(signUp.status);
      if (signUp.status !== 200) continue;
      const api = trpcClientFor(browser);
      const notes = `round ${round} at ${Date.now()}`;
      await api.profile.upsert
        .mutate({ softwareBackground: { level: "intermediate", languages: ["TS"], notes }, consentGiven: true })
        .then(
          () => {
            observe(200);
            lastWritten.set(email, notes);
          },
          (error) => observe(error?.data?.httpStatus ?? 599),
        );
      await api.rag.query.query({ question: "How do sessions work?" }).then(
        () => observe(200),
        (error) => observe(error?.data?.httpStatus ?? 599),
      );
      await api.profile.get.query().then(
        (profile) => {
          observe(200);
          expect(profile.softwareBackground?.notes).toBe(lastWritten.get(email));
        },
        (error) => observe(error?.data?.httpStatus ?? 599),
      );
      iterations++;
    }
  }
  await Promise.all(Array.from({ length: VIRTUAL_USERS }, (_, vu) => virtualUser(vu)));

  const summary = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
  console.log(`load test: ${iterations} iterations in ${SECONDS} s, statuses ${JSON.stringify(summary)}`);
  expect(iterations).toBeGreaterThan(0);
  expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);

  if (!onPostgres) await server.stop();
  const check = await createDatabase(databaseUrl);
  try {
    const rows = await check.db
      .selectFrom("profile")
      .innerJoin("user", "user.id", "profile.user_id")
      .select(["user.email", "profile.software_notes"])
      .where("user.email", "like", `%-${run}@example.com`)
      .execute();
    expect(rows.length).toBe(lastWritten.size);
    expect(new Set(rows.map((row) => row.email)).size).toBe(rows.length);
    for (const row of rows) expect(row.software_notes).toBe(lastWritten.get(row.email));
  } finally {
    await check.close();
  }
});
