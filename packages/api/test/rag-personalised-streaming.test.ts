import { join } from "node:path";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { type AskEvent, ingestDirectory, type RagRuntime, ragRuntimeFromEnv } from "@pagewise/rag";
import { type FakeLlm, type FakeReply, startFakeLlm } from "@pagewise/rag/testing";
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppRouter,
  type AskedBackground,
  type AuthSession,
  appRouter,
  createCallerFactory,
  createContext,
} from "../src";

const createCaller = createCallerFactory(appRouter);
const fixtureDocs = join(import.meta.dirname, "../../rag/test/fixtures/basic-docs");

/** A signed-in caller's session, as Better Auth would hand it to createContext. */
function sessionOf(userId: string): AuthSession {
  const now = new Date();
  return {
    session: {
      id: `session-${userId}`,
      userId,
      token: `token-${userId}`,
      expiresAt: new Date(now.getTime() + 3_600_000),
      createdAt: now,
      updatedAt: now,
      ipAddress: null,
      userAgent: null,
      impersonatedBy: null,
    },
    user: {
      id: userId,
      name: userId,
      email: `${userId}@example.com`,
      emailVerified: true,
      image: null,
      createdAt: now,
      updatedAt: now,
      role: "user",
      banned: false,
      banReason: null,
      banExpires: null,
    },
  };
}

async function collect(events: AsyncIterable<AskEvent>): Promise<AskEvent[]> {
  const all: AskEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe.each(testDrivers())("personalised and streamed answers through the API on %s", (driver) => {
  let database: TestDatabase;
  let llm: FakeLlm;
  let nextReply: FakeReply = {};
  let rag: RagRuntime;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, fixtureDocs);
    llm = await startFakeLlm(() => nextReply);
    rag = ragRuntimeFromEnv({
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: "sk-test",
      LLM_MODEL: "m",
      LLM_TIMEOUT_MS: "2000",
    });
    const now = new Date();
    await database.db
      .insertInto("user")
      .values(
        ["consenting", "withdrawn"].map((id) => ({
          id,
          name: id,
          email: `${id}@example.com`,
          emailVerified: true,
          image: null,
          role: "user",
          banned: false,
          banReason: null,
          banExpires: null,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    await database.db
      .insertInto("profile")
      .values([
        {
          user_id: "consenting",
          software_level: "beginner",
          software_languages: ["Python"],
          software_notes: "",
          // Kept from when the site asked about hardware: used only while it still does.
          hardware_level: "advanced",
          hardware_devices: ["Jetson Nano"],
          hardware_notes: "",
          answer_style: "detailed",
          consent_given: true,
          consent_policy_version: "2024-01",
          consent_updated_at: now,
        },
        // Preferences need no consent; without it they must not change the answer either.
        { user_id: "withdrawn", answer_style: "detailed", consent_given: false },
      ])
      .execute();
  });
  afterAll(async () => {
    await llm?.close();
    await database?.dispose();
  });

  const caller = (userId: string | null, withLlm: boolean, profileBackgrounds?: readonly AskedBackground[]) =>
    createCaller(
      createContext({
        database,
        session: userId === null ? null : sessionOf(userId),
        ...(withLlm ? { rag } : {}),
        ...(profileBackgrounds ? { profileBackgrounds } : {}),
      }),
    );

  it("rag.ask streams citations, then the model's tokens, then the whole answer", async () => {
    nextReply = { tokens: ["The key ", "stays local ", "[1]."] };
    const events = await collect(
      await caller(null, true).rag.ask({ question: "Is the encryption key sent to the relay?" }),
    );
    expect(events.map((event) => event.type)).toEqual(["citations", "delta", "delta", "delta", "done"]);
    expect(events.at(-1)).toMatchObject({
      type: "done",
      answer: "The key stays local [1].",
      mode: "llm",
      answered: true,
      citations: [{ n: 1 }],
      questionId: expect.any(String),
    });
    const query = await caller(null, true).rag.query({ question: "Is the encryption key sent to the relay?" });
    expect(query).toMatchObject({ mode: "llm", answer: "The key stays local [1].", answered: true });
  });

  it("rag.ask reaches an httpBatchStreamLink client piece by piece, before the model has finished", async () => {
    nextReply = { tokens: ["one ", "two ", "three [1]."], tokenDelayMs: 300 };
    const client = createTRPCClient<AppRouter>({
      links: [
        httpBatchStreamLink({
          url: "http://pagewise.test/trpc",
          fetch: (url, init) =>
            fetchRequestHandler({
              endpoint: "/trpc",
              req: new Request(url, init),
              router: appRouter,
              createContext: () => createContext({ database, rag }),
            }),
        }),
      ],
    });
    const started = performance.now();
    const arrivals: Array<{ type: string; at: number }> = [];
    for await (const event of await client.rag.ask.query({ question: "Is the encryption key sent to the relay?" })) {
      arrivals.push({ type: event.type, at: performance.now() - started });
      if (event.type === "done") expect(event.answer).toBe("one two three [1].");
    }
    expect(arrivals.map((arrival) => arrival.type)).toEqual(["citations", "delta", "delta", "delta", "done"]);
    const firstDelta = arrivals[1]?.at ?? Number.POSITIVE_INFINITY;
    const done = arrivals[4]?.at ?? 0;
    // Two more tokens were 600 ms away when the first one arrived.
    expect(done - firstDelta).toBeGreaterThan(450);
  });

  it("shapes answers by a consenting reader's background, in the prompt and in the extractive order", async () => {
    nextReply = { tokens: ["ok [1]"] };
    await caller("consenting", true).rag.query({ question: "notebook" });
    const system = llm.requests.at(-1)?.body.messages[0]?.content ?? "";
    expect(system).toContain("Software experience: beginner; languages: Python");
    expect(system).toMatch(/detailed answers/);
    // The default profile asks about software only: the stored hardware answer is not shown, nor used.
    expect(system).not.toContain("Hardware experience");

    const extractive = await caller("consenting", false).rag.query({ question: "notebook", k: 2 });
    expect(extractive.citations[0]).toMatchObject({ title: "Getting started", heading: "Create a notebook" });
  });

  it("uses a stored background only while the profile asks about it (PROFILE_BACKGROUNDS)", async () => {
    nextReply = { tokens: ["ok [1]"] };
    const both = [
      { background: "software" as const, examples: [] },
      { background: "hardware" as const, examples: [] },
    ];
    await caller("consenting", true, both).rag.query({ question: "notebook" });
    const system = llm.requests.at(-1)?.body.messages[0]?.content ?? "";
    expect(system).toContain("Software experience: beginner; languages: Python");
    expect(system).toContain("Hardware experience: advanced; devices: Jetson Nano");

    await caller("consenting", true, [{ background: "hardware", examples: [] }]).rag.query({ question: "notebook" });
    const hardwareOnly = llm.requests.at(-1)?.body.messages[0]?.content ?? "";
    expect(hardwareOnly).toContain("Hardware experience: advanced");
    expect(hardwareOnly).not.toContain("Software experience");
  });

  it("gives anonymous callers and readers without consent exactly the same answers", async () => {
    for (const question of ["notebook", "notes sync devices", "Is the encryption key sent to the relay?"]) {
      // Each answer has its own entry in the question log; everything else is the same.
      const anonymous = {
        ...(await caller(null, false).rag.query({ question, k: 2 })),
        questionId: expect.any(String),
      };
      expect(await caller("withdrawn", false).rag.query({ question, k: 2 })).toEqual(anonymous);
      expect(await caller("no-profile-yet", false).rag.query({ question, k: 2 })).toEqual(anonymous);
    }
    nextReply = { tokens: ["ok [1]"] };
    await caller(null, true).rag.query({ question: "notebook" });
    const anonymousPrompt = llm.requests.at(-1)?.body.messages;
    await caller("withdrawn", true).rag.query({ question: "notebook" });
    expect(llm.requests.at(-1)?.body.messages).toEqual(anonymousPrompt);
  });
});
