import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { testDrivers } from "@pagewise/db/testing";
import { chunksChanged, ragRuntimeFromEnv } from "@pagewise/rag";
import { type FakeLlm, type FakeReply, startFakeLlm } from "@pagewise/rag/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preferredEncoding } from "../../src/http/compression";
import { type TestAppOptions, useTestApp } from "../../src/testing";
import { type RawResponse, rawGet } from "./support/raw-get";
import { seedBook } from "./support/seed-book";
import { createWebDistFixture } from "./support/web-dist-fixture";

const decode = (response: RawResponse): string => {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(response.body).toString("utf8");
  if (encoding === "gzip") return gunzipSync(response.body).toString("utf8");
  if (encoding === undefined) return response.body.toString("utf8");
  throw new Error(`unexpected Content-Encoding ${String(encoding)}`);
};

const ARTICLE = `<h1>Compression</h1>${"<p>Brotli and gzip both shrink repeated text like this paragraph.</p>".repeat(80)}`;

describe("Accept-Encoding negotiation", () => {
  it("prefers Brotli, honours q-values, and gives nothing for identity-only clients", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=0.5, gzip;q=0.9")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0")).toBeUndefined();
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("identity")).toBeUndefined();
    expect(preferredEncoding(undefined)).toBeUndefined();
  });
});

describe.each(testDrivers())("compressed responses on %s", (driver) => {
  const dist = createWebDistFixture();
  let llm: FakeLlm | undefined;
  let reply: FakeReply = {};
  const options: TestAppOptions = { webDistDir: dist.dir };
  // Registered before useTestApp's own hook, so the app starts with the fake model's URL.
  beforeAll(async () => {
    llm = await startFakeLlm(() => reply);
    options.rag = ragRuntimeFromEnv({
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: "sk-test",
      LLM_MODEL: "m",
      LLM_TIMEOUT_MS: "5000",
    });
  });
  const app = useTestApp(driver, options);
  beforeAll(async () => {
    await seedBook(app.database.db, { title: "Book" }, [{ slug: "compression", title: "Compression", html: ARTICLE }]);
  });
  afterAll(async () => {
    await llm?.close();
    dist.remove();
  });
  const url = (path: string) => `${app.server.url}${path}`;

  const cases = [
    { kind: "HTML (a docs page)", path: "/docs/compression", type: "text/html" },
    { kind: "JavaScript", path: dist.script.path, type: "text/javascript" },
    { kind: "CSS", path: dist.style.path, type: "text/css" },
    {
      kind: "JSON (tRPC)",
      path: "/trpc/docs.get?input=%7B%22slug%22%3A%22compression%22%7D",
      type: "application/json",
    },
  ];

  it.each(cases)("sends $kind as br or gzip, as asked, with the same content", async ({ path, type }) => {
    const plain = await rawGet(url(path));
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toContain(type);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const text = plain.body.toString("utf8");
    expect(text.length).toBeGreaterThan(2000);

    for (const encoding of ["br", "gzip"]) {
      const response = await rawGet(url(path), { "accept-encoding": encoding });
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(response.headers["content-length"])).toBe(response.body.length);
      expect(response.body.length).toBeLessThan(text.length / 3);
      const decoded = decode(response);
      // The docs page embeds nothing per request, so its bytes are the same every time.
      expect(decoded).toBe(text);
    }
  });

  it("sends the build's own .br/.gz files for assets", async () => {
    for (const [encoding, extension] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ] as const) {
      const response = await rawGet(url(dist.script.path), { "accept-encoding": `${encoding}` });
      expect(response.body.equals(readFileSync(join(dist.dir, `${dist.script.path}${extension}`)))).toBe(true);
    }
  });

  it("does not compress small answers", async () => {
    const response = await rawGet(url("/healthz"), { "accept-encoding": "br, gzip" });
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(response.body.toString("utf8"))).toEqual({ status: "ok" });
  });

  it("still streams a tRPC answer (httpBatchStreamLink) piece by piece, in order", async () => {
    // A chunk for retrieval to find, so the (fake) model is asked and streams its tokens.
    const document = await app.database.db
      .selectFrom("document")
      .select("id")
      .where("slug", "=", "compression")
      .executeTakeFirstOrThrow();
    // Other passages too: a word found in every passage says nothing, and retrieval ignores it.
    const bodies = [
      "The relay never sees the encryption key: it stays on the device.",
      "Themes switch between light and dark from the header.",
      "Search opens with Ctrl+K and lists pages and headings.",
      "Tables scroll sideways on narrow screens.",
    ];
    await app.database.db
      .insertInto("chunk")
      .values(
        bodies.map((body, ordinal) => ({
          document_id: document.id,
          ordinal,
          anchor: `part-${ordinal}`,
          title: "Compression",
          headings: "Compression",
          body,
          code: "",
        })),
      )
      .execute();
    chunksChanged(app.database.db);
    const tokens = ["alpha-token ", "bravo-token ", "charlie-token ", "delta-token ", "echo-token"];
    const tokenDelayMs = 250;
    reply = { tokens, tokenDelayMs };
    const input = encodeURIComponent(JSON.stringify({ 0: { question: "Where does the encryption key stay?" } }));
    const streamed = await rawGet(url(`/trpc/rag.ask?batch=1&input=${input}`), {
      "trpc-accept": "application/jsonl",
      "accept-encoding": "br, gzip",
    });
    expect(streamed.status).toBe(200);
    expect(streamed.headers["content-encoding"]).toBeUndefined();

    // When each token first appeared on the wire: in order, and spread out as the model wrote them.
    let received = "";
    const firstSeen = new Map<string, number>();
    for (const chunk of streamed.chunks) {
      received += chunk.bytes.toString("utf8");
      for (const token of tokens) if (!firstSeen.has(token) && received.includes(token)) firstSeen.set(token, chunk.at);
    }
    const times = tokens.map((token) => firstSeen.get(token));
    expect(times.every((time) => time !== undefined)).toBe(true);
    const seen = times.flatMap((time) => (time === undefined ? [] : [time]));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(streamed.chunks.length).toBeGreaterThanOrEqual(tokens.length);
    expect((seen.at(-1) ?? 0) - (seen[0] ?? 0)).toBeGreaterThan((tokens.length - 1) * tokenDelayMs * 0.6);
  });
});
