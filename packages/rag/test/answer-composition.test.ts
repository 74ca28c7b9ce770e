import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ingestDirectory } from "../src";
import { numberCitations } from "../src/answer/number-citations";
import { asksHow } from "../src/answer/question-intent";
import { listExcerpt } from "../src/answer/section-answer";
import { questionWords } from "../src/answer/section-coverage";
import { cutAtWord, openingCode, openingParagraphs } from "../src/answer/trim-text";

const LONG_PARAGRAPH = Array.from(
  { length: 12 },
  (_, index) => `Sentence ${index + 1} about lanterns explains one more detail of how lanterns glow.`,
).join(" ");

/** A small book about "Lanterns", a made-up build tool: one section per question, some with code. */
const BOOK = {
  "intro.md": "# Lanterns\n\nLanterns is a build tool for static sites. It compiles pages into a folder.\n",
  "plugins.md": [
    "# Plugins",
    "",
    "## Writing a plugin",
    "",
    "A plugin is a function that receives the build context and returns hooks. Plugins run in the order they are listed.",
    "",
    "Each hook may be asynchronous.",
    "",
    "```js",
    "export default function myPlugin(context) {",
    "  return { name: 'my-plugin', onBuild() {} };",
    "}",
    "```",
    "",
    "## Plugin ordering",
    "",
    "Plugins listed first run first; a plugin hook can also declare that it runs last.",
    "",
  ].join("\n"),
  "config.md": [
    "# Configuration",
    "",
    "## Output folder",
    "",
    "The output folder is set with the `outDir` option in lanterns.config.js. It defaults to `build`.",
    "",
    "```js",
    "export default { outDir: 'public' };",
    "```",
    "",
    "## Long explanation",
    "",
    LONG_PARAGRAPH,
    "",
  ].join("\n"),
  "themes.md": "# Themes\n\nA theme changes how pages look. Plugins can ship a theme too.\n",
};

describe("composing an answer from sections (PGlite)", () => {
  let database: TestDatabase;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const tree = await writeTree(BOOK);
    dispose = tree.dispose;
    database = await createTestDatabase("pglite");
    await ingestDirectory(database.db, tree.dir);
  });
  afterAll(async () => {
    await database?.dispose();
    await dispose?.();
  });

  it("leads with the section's heading, its opening as rendered and, for a how-question, its code", async () => {
    const result = await answerQuestion(database.db, "How do I write a plugin?");
    expect(result.answered).toBe(true);
    const [lead = ""] = result.answer.split("\n\nRead more:");
    expect(lead).toMatch(/^Writing a plugin — Plugins \[1\]\n\nA plugin is a function that receives the build context/);
    expect(lead).toContain("Each hook may be asynchronous.");
    // The code as the reader sees it, with its language.
    expect(lead).toContain("```js\nexport default function myPlugin(context) {");
    // The same lead as the page shows it, for clients that show HTML: highlighted code, no ids.
    expect(result.lead?.html).toMatch(
      /<figure class="code-block" data-language="js"><pre[^>]*><code><span class="code-line"><span class="hljs-keyword">export/,
    );
    expect(result.lead?.html).not.toMatch(/\sid="/);
    expect(result.answer).toContain("Read more: /docs/plugins#writing-a-plugin");
    expect(result.citations[0]).toMatchObject({ n: 1, url: "/docs/plugins#writing-a-plugin" });
  });

  it("quotes a what-question's section opening as rendered, its short example included", async () => {
    const result = await answerQuestion(database.db, "What does the outDir option set?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Output folder — Configuration \[1\]\n\nThe output folder is set with the/);
    expect(result.answer).toContain("```js\nexport default { outDir: 'public' };\n```");
  });

  it("trims a long section at a sentence, not mid-word", async () => {
    const result = await answerQuestion(database.db, "Why do lanterns glow, in the long explanation?");
    const lead = result.answer.split("\n\n")[1] ?? "";
    expect(lead.length).toBeLessThanOrEqual(600 + " …".length);
    expect(lead).toMatch(/^Sentence 1 about lanterns .*glow\. …$/);
    expect(lead).not.toContain("Sentence 12");
  });

  it("lists other good sections once each under “Also relevant”, numbered 1…n in order, every [n] listed", async () => {
    const result = await answerQuestion(database.db, "In which order do plugins run?");
    expect(result.answered).toBe(true);
    const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    const firstSeen = [...new Set(markers)];
    expect(firstSeen).toEqual(result.citations.map((citation) => citation.n));
    expect(result.citations.map((citation) => citation.n)).toEqual(firstSeen.map((_, index) => index + 1));
    const urls = result.citations.map((citation) => citation.url);
    expect(new Set(urls).size).toBe(urls.length);
    if (result.citations.length > 1) expect(result.answer).toMatch(/\n\nAlso relevant:\n- .+ \[2\]/);
  });

  it("refuses plainly, with the closest sections, when the book does not cover the question", async () => {
    const result = await answerQuestion(database.db, "How do I deploy lanterns to Kubernetes with Helm?");
    expect(result.answered).toBe(false);
    expect(result.answer).toMatch(/^The documentation doesn't seem to cover “How do I deploy lanterns to Kubernetes/);
    expect(result.answer).toMatch(/Nothing in it mentions “deploy”, “kubernetes” or “helm”\./);
    expect(result.answer).not.toContain("Read more");
    if (result.citations.length > 0) {
      expect(result.answer).toMatch(/\n\nClosest matches:\n- .+ \[1\]/);
    }
  });

  it("refuses a question with no words to search for, citing nothing", async () => {
    expect(await answerQuestion(database.db, "how is it?")).toMatchObject({ answered: false, citations: [] });
  });
});

describe("numberCitations", () => {
  const source = (url: string) => ({ source: url, slug: url, url, title: url, heading: url, snippet: "", score: 1 });

  it("numbers sources 1…n by first appearance, one number per source, dropping unknown markers and uncited sources", () => {
    const sources = [source("/a"), source("/b"), source("/c"), source("/a")];
    const { answer, citations } = numberCitations("C says [3]. A says [1] and [4]. B [2][2]. Nothing [9].", sources);
    expect(answer).toBe("C says [1]. A says [2] and [2]. B [3]. Nothing.");
    expect(citations.map((citation) => [citation.n, citation.url])).toEqual([
      [1, "/c"],
      [2, "/a"],
      [3, "/b"],
    ]);
  });

  it("lists nothing when the text cites nothing", () => {
    expect(numberCitations("No sources here.", [source("/a")])).toEqual({ answer: "No sources here.", citations: [] });
  });
});

describe("small helpers", () => {
  it("tells how-questions from others", () => {
    for (const question of [
      "How do I add a sidebar?",
      "What is the syntax for tabs?",
      "Show me an example",
      "set up search",
    ]) {
      expect(asksHow(question)).toBe(true);
    }
    for (const question of ["What is a preset?", "Which versions are supported?", "Why is my build slow?"]) {
      expect(asksHow(question)).toBe(false);
    }
  });

  it("finds names: capitalised after the first word, or in mixed case", () => {
    expect([...questionWords("How do I use tRPC with Django and nginx?").names]).toEqual(["trpc", "django"]);
  });

  it("reads the word after such as, e.g. or for example as the reader's example, not a name", () => {
    const words = questionWords("How do I attach metadata such as requiresAuth, e.g. isAdmin, to a procedure?");
    expect([...words.examples]).toEqual(["requiresauth", "isadmin"]);
    expect([...words.names]).toEqual([]);
  });

  it("trims at paragraph, sentence and word boundaries, and code at a blank line", () => {
    expect(openingParagraphs("One.\n\nTwo two.\n\nThree three three.", 14)).toBe("One.\n\nTwo two.");
    expect(openingParagraphs("First sentence here. Second one is longer.", 25)).toBe("First sentence here.");
    expect(cutAtWord("alpha beta gamma", 12)).toBe("alpha beta…");
    const code = ["a", "b", "", "c", "d", "e"].join("\n");
    expect(openingCode(code, 4)).toBe("a\nb\n…");
  });
});

describe("listExcerpt", () => {
  it("never ends an excerpt on a lead-in whose block it does not show", () => {
    expect(listExcerpt("Pagewise runs anywhere. With Node.js 20.19 or newer:\n\n```sh\nnpm start\n```")).toBe(
      "Pagewise runs anywhere.",
    );
    expect(listExcerpt("With Node.js 20.19 or newer:")).toBe("With Node.js 20.19 or newer…");
    expect(listExcerpt("Plain sentence. Another one.")).toBe("Plain sentence. Another one.");
  });
});
