import { renderFixture } from "@pagewise/book/testing";
import type { ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { type RenderedLead, renderedLead } from "../src/answer/rendered-lead";
import type { LeadBudget } from "../src/answer/section-answer";

/** Enough for every section below to be quoted whole, unless a shape limit trims it. */
const ROOMY: LeadBudget = { maxChars: 5000, maxCodeLines: 100 };

/** The page as ingest stores it (`document.html`): rendered, highlighted and sanitised by the real pipeline. */
function pageHtml(markdown: string): string {
  return renderFixture(markdown, { title: "The page" }).html;
}

function leadOf(
  markdown: string,
  anchor: string,
  budget: LeadBudget = ROOMY,
  options: { wantCode?: boolean } = {},
): RenderedLead {
  const lead = renderedLead(pageHtml(markdown), anchor, budget, options);
  if (lead === undefined) throw new Error(`no section #${anchor}`);
  return lead;
}

/** The text of each `span.code-line` of the fragment, in order. */
function codeLines(html: string): string[] {
  const lines: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (node) => {
    const classes = node.properties.className;
    if (!Array.isArray(classes) || !classes.includes("code-line")) return CONTINUE;
    lines.push(textOf(node));
    return SKIP;
  });
  return lines;
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

/** Well-formed: a parser reads back exactly the markup written, with every element closed where it was. */
function expectWellFormed(html: string): void {
  expect(toHtml(fromHtml(html, { fragment: true }))).toBe(html);
  expect(html.match(/<span\b/g)?.length ?? 0).toBe(html.match(/<\/span>/g)?.length ?? 0);
}

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

const leadInPage = [
  "## Configure",
  "",
  "Intro sentence here.",
  "",
  "Add this to your config:",
  "",
  "```js",
  "export default { strict: true };",
  "```",
  "",
  "Closing words follow the example.",
  "",
  "## Next",
  "",
  "Elsewhere.",
].join("\n");

describe("renderedLead: finding the section", () => {
  const page = [
    "Welcome to the guide.",
    "",
    "It starts here.",
    "",
    "## Routers",
    "",
    "Routers group procedures.",
    "",
    "### Merging",
    "",
    "Merge routers with `mergeRouters`.",
    "",
    "## Errors",
    "",
    "Errors are formatted.",
  ].join("\n");

  it("takes an h2 section with its h3 subsection, and stops at the next h2; the heading itself is left out", () => {
    const lead = leadOf(page, "routers");
    expect(lead.html).toContain("Routers group procedures.");
    expect(lead.html).toMatch(/<h3>Merging<a class="hash-link"/);
    expect(lead.html).toContain("Merge routers with <code>mergeRouters</code>.");
    expect(lead.html).not.toContain("Errors are formatted.");
    expect(lead.html).not.toMatch(/<h2/);
    expect(lead.text).toBe("Routers group procedures.\n\nMerging\n\nMerge routers with mergeRouters.");
    expect(lead.truncated).toBe(false);
  });

  it("takes an h3 section up to the next heading of its level or higher", () => {
    const lead = leadOf(page, "merging");
    expect(lead.text).toBe("Merge routers with mergeRouters.");
  });

  it('reads "" as the top of the page: before the first h2, without the page title', () => {
    const lead = leadOf(page, "");
    expect(lead.text).toBe("Welcome to the guide.\n\nIt starts here.");
    expect(lead.html).not.toContain("The page");
    expect(lead.html).not.toContain("<h1");
    expect(leadOf(`# Own title\n\n${page}`, "").text).toBe("Welcome to the guide.\n\nIt starts here.");
  });

  it("is undefined for an anchor the page has no heading for", () => {
    expect(renderedLead(pageHtml(page), "no-such-heading", ROOMY)).toBeUndefined();
    expect(renderedLead(pageHtml(page), "Routers", ROOMY)).toBeUndefined();
  });

  it("never ends on a subsection's heading", () => {
    const long = "This paragraph of the subsection is far too long for the budget that is left. ".repeat(3);
    const lead = leadOf(`## Part\n\nShort opening.\n\n### Detail\n\n${long}`, "part", {
      maxChars: 40,
      maxCodeLines: 5,
    });
    expect(lead.text).toBe("Short opening.");
    expect(lead.html).not.toContain("<h3");
    expect(lead.truncated).toBe(true);
  });
});

describe("renderedLead: code as the reader sees it", () => {
  it("shows a twoslash block from its cut: no line before `// ---cut---` appears", () => {
    const markdown = [
      "## Define a router",
      "",
      "Create the router:",
      "",
      "```ts twoslash",
      "// @filename: server.ts",
      "import { initTRPC } from '@trpc/server';",
      "const hiddenSetup = initTRPC.create();",
      "// ---cut---",
      "export const appRouter = hiddenRouter({});",
      "//           ^?",
      "```",
    ].join("\n");
    expect(pageHtml(markdown)).toContain("appRouter");
    const lead = leadOf(markdown, "define-a-router");
    expect(codeLines(lead.html)).toEqual(["export const appRouter = hiddenRouter({});"]);
    for (const hidden of ["initTRPC", "hiddenSetup", "---cut---", "@filename", "^?"]) {
      expect(lead.html).not.toContain(hidden);
      expect(lead.text).not.toContain(hidden);
    }
    expect(lead.text).toBe("Create the router:\n\n```ts\nexport const appRouter = hiddenRouter({});\n```");
    expect(lead.html).toMatch(
      /<figure class="code-block" data-language="ts"><pre tabindex="0" class="hljs language-ts">/,
    );
  });

  it("cuts code longer than maxCodeLines between lines, its highlighting spans kept whole", () => {
    const source = Array.from({ length: 30 }, (_, index) => `const value${index} = "text ${index}"; // note ${index}`);
    const lead = leadOf(`## Big\n\n\`\`\`ts\n${source.join("\n")}\n\`\`\``, "big", { maxChars: 600, maxCodeLines: 5 });
    expect(codeLines(lead.html)).toEqual(source.slice(0, 5));
    expect(lead.html).toContain('<span class="hljs-string">"text 4"</span>');
    expect(lead.html).toMatch(/<\/span>\n<\/code><\/pre><\/figure>$/);
    expectWellFormed(lead.html);
    expect(lead.truncated).toBe(true);
    expect(lead.text).toBe(`\`\`\`ts\n${source.slice(0, 5).join("\n")}\n\`\`\``);
  });

  it("stops a long example at a blank line in the second half of what fits, never on a blank line", () => {
    const source = ["const a = 1;", "const b = 2;", "const c = 3;", "", "", "const d = 4;", "const e = 5;", "x();"];
    const lead = leadOf(`## Steps\n\n\`\`\`js\n${source.join("\n")}\n\`\`\``, "steps", {
      maxChars: 600,
      maxCodeLines: 6,
    });
    expect(codeLines(lead.html)).toEqual(["const a = 1;", "const b = 2;", "const c = 3;"]);
    expectWellFormed(lead.html);
  });

  it("keeps a code block of exactly maxCodeLines whole, and says nothing was left out", () => {
    const source = ["a();", "b();", "c();"];
    const lead = leadOf(`## Calls\n\n\`\`\`js\n${source.join("\n")}\n\`\`\``, "calls", {
      maxChars: 600,
      maxCodeLines: 3,
    });
    expect(codeLines(lead.html)).toEqual(source);
    expect(lead.truncated).toBe(false);
  });

  it("shows tabs as their selected panel (the lead keeps no ids for the tabs' script to find)", () => {
    const lead = leadOf("## Install\n\nInstall it:\n\n```bash npm2yarn\nnpm install trpc\n```", "install");
    expect(codeLines(lead.html)).toEqual(["npm install trpc"]);
    expect(lead.html).not.toMatch(/role="tab|yarn add|aria-controls/);
    expect(lead.truncated).toBe(true);
  });
});

describe("renderedLead: lead-ins", () => {
  it("brings in the block a lead-in announces", () => {
    const lead = leadOf(leadInPage, "configure");
    expect(lead.text).toBe(
      "Intro sentence here.\n\nAdd this to your config:\n\n```js\nexport default { strict: true };\n```\n\nClosing words follow the example.",
    );
  });

  it("brings it in past the budget, when the budget runs out exactly at the lead-in", () => {
    const exact = "Intro sentence here.".length + "Add this to your config:".length;
    const lead = leadOf(leadInPage, "configure", { maxChars: exact, maxCodeLines: 10 });
    expect(lead.text).toBe(
      "Intro sentence here.\n\nAdd this to your config:\n\n```js\nexport default { strict: true };\n```",
    );
    expect(lead.html).toMatch(/<p>Add this to your config:<\/p>\n<figure class="code-block"/);
    expect(lead.truncated).toBe(true);
  });

  it("never quotes a lead-in without what it introduces, whatever the budget", () => {
    const page = pageHtml(leadInPage);
    for (let maxChars = 1; maxChars <= 120; maxChars += 1) {
      const lead = renderedLead(page, "configure", { maxChars, maxCodeLines: 10 });
      if (lead === undefined) throw new Error("no section #configure");
      const blocks = lead.text.split("\n\n");
      expect(blocks.at(-1), `maxChars ${maxChars}`).not.toMatch(/:$/);
      if (lead.text.includes("your config:")) expect(lead.text, `maxChars ${maxChars}`).toContain("strict: true");
    }
  });

  it("drops a lead-in when a heading or the end of the section follows it", () => {
    const beforeHeading = leadOf("## Ways\n\nThere are two ways.\n\nThey are:\n\n### First way\n\nText.", "ways", {
      maxChars: 35,
      maxCodeLines: 5,
    });
    expect(beforeHeading.text).toBe("There are two ways.");
    expect(beforeHeading.truncated).toBe(true);
    const atEnd = leadOf("## Ends\n\nSome text.\n\nAs follows:\n\n## Other\n\nMore.", "ends");
    expect(atEnd.text).toBe("Some text.");
  });

  it("brings in a list a lead-in announces, even when the lead-in is itself a list item", () => {
    const lead = leadOf(
      "## Hooks\n\n1. Install the tools:\n\n```bash\nnpm install husky\n```\n\nThen commit.",
      "hooks",
      { maxChars: 22, maxCodeLines: 5 },
    );
    expect(lead.html).toMatch(/^<ol>\n<li>Install the tools:<\/li>\n<\/ol>\n<figure/);
    expect(codeLines(lead.html)).toEqual(["npm install husky"]);
  });
});

describe("renderedLead: tables and lists keep their shape", () => {
  const rows = Array.from({ length: 12 }, (_, index) => `| opt${index} | Does thing ${index}. |`);
  const table = ["## Options", "", "| Name | Meaning |", "| --- | --- |", ...rows].join("\n");

  it("keeps a table as a table with its header and at most 8 body rows", () => {
    const lead = leadOf(table, "options");
    expect(lead.html).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table>/);
    expect(lead.html).toMatch(/<thead>\n<tr>\n<th>Name<\/th>\n<th>Meaning<\/th>\n<\/tr>\n<\/thead>/);
    expect(count(lead.html, /<tr>/g)).toBe(1 + 8);
    expect(lead.html).toContain("opt7");
    expect(lead.html).not.toContain("opt8");
    expect(lead.text.split("\n").slice(0, 2)).toEqual(["Name | Meaning", "opt0 | Does thing 0."]);
    expect(lead.truncated).toBe(true);
    expectWellFormed(lead.html);
  });

  it("keeps a short table whole", () => {
    const lead = leadOf(["## Short", "", "| A | B |", "| - | - |", "| 1 | 2 |"].join("\n"), "short");
    expect(count(lead.html, /<tr>/g)).toBe(2);
    expect(lead.truncated).toBe(false);
  });

  it("keeps the rows that fit the budget when the table overruns it, the header always", () => {
    const lead = leadOf(table, "options", { maxChars: 60, maxCodeLines: 5 });
    expect(lead.html).toContain("<th>Name</th>");
    expect(count(lead.html, /<td>opt/g)).toBeGreaterThanOrEqual(1);
    expect(count(lead.html, /<td>opt/g)).toBeLessThan(4);
    expect(lead.truncated).toBe(true);
  });

  it("keeps a list as a list of at most 8 items, nested lists trimmed too", () => {
    const items = Array.from({ length: 11 }, (_, index) => `- item ${index}`);
    const nested = Array.from({ length: 10 }, (_, index) => `   - sub ${index}`);
    const lead = leadOf(["## List", "", "1. first", ...nested, "2. second", "", ...items].join("\n"), "list");
    expect(lead.html).toMatch(/^<ol>\n<li>first\n<ul>\n<li>sub 0<\/li>/);
    expect(count(lead.html, /<li>sub \d/g)).toBe(8);
    expect(lead.html).toMatch(/<\/ol>\n<ul>\n<li>item 0<\/li>/);
    expect(count(lead.html, /<li>item \d+/g)).toBe(8);
    expect(lead.html).not.toContain("item 8");
    expect(lead.text).toContain("1. first\n   - sub 0\n   - sub 1");
    expect(lead.text).toContain("- item 7");
    expect(lead.truncated).toBe(true);
    expectWellFormed(lead.html);
  });

  it("keeps the items that fit the budget when a list overruns it", () => {
    const items = Array.from({ length: 6 }, (_, index) => `- A list item with some words, number ${index}.`);
    const lead = leadOf(["## Few", "", "Opening.", "", ...items].join("\n"), "few", { maxChars: 100, maxCodeLines: 5 });
    expect(lead.html).toMatch(/<ul>\n<li>A list item/);
    expect(count(lead.html, /<li>/g)).toBe(2);
    expect(lead.truncated).toBe(true);
  });
});

describe("renderedLead: prose", () => {
  const sentences = [
    "Procedures are the functions a client calls.",
    "Each one validates its input first.",
    "Then it runs the resolver you wrote.",
  ];

  it("cuts a paragraph over the budget after its last sentence that fits, with an ellipsis", () => {
    const lead = leadOf(`## Procedures\n\n${sentences.join(" ")}`, "procedures", { maxChars: 85, maxCodeLines: 5 });
    expect(lead.html).toBe(`<p>${sentences[0]} ${sentences[1]} …</p>`);
    expect(lead.text).toBe(`${sentences[0]} ${sentences[1]} …`);
    expect(lead.truncated).toBe(true);
  });

  it("keeps inline markup around the cut well-formed", () => {
    const markdown = "## Links\n\nRead **the [router guide](./known.md) first.** Then _come back here_ to read on.";
    const lead = leadOf(markdown, "links", { maxChars: 40, maxCodeLines: 5 });
    expect(lead.html).toBe('<p>Read <strong>the <a href="/docs/known">router guide</a> first.</strong> …</p>');
    expectWellFormed(lead.html);
  });

  it("cuts a first sentence too long for the budget at a word", () => {
    const long = "A single sentence that goes on and on about routers and procedures without any end";
    const lead = leadOf(`## Long\n\n${long}`, "long", { maxChars: 30, maxCodeLines: 5 });
    expect(lead.text).toBe("A single sentence that goes…");
  });

  it("leaves out a later paragraph of which no sentence fits", () => {
    const lead = leadOf(`## Two\n\nShort first.\n\n${sentences.join(" ")}`, "two", { maxChars: 30, maxCodeLines: 5 });
    expect(lead.text).toBe("Short first.");
    expect(lead.truncated).toBe(true);
  });
});

describe("renderedLead: code for a how-question", () => {
  const prose = Array.from({ length: 4 }, (_, index) => `Paragraph ${index} explains the idea at some length.`);
  const markdown = [
    "## Usage",
    "",
    ...prose.flatMap((paragraph) => [paragraph, ""]),
    "Call it like this:",
    "",
    "```ts",
    "client.greeting.query();",
    "```",
    "",
    "## After",
    "",
    "```ts",
    "notThisOne();",
    "```",
  ].join("\n");
  const tight: LeadBudget = { maxChars: 60, maxCodeLines: 10 };

  it("does not go looking for code the budget did not reach", () => {
    const lead = leadOf(markdown, "usage", tight);
    expect(lead.html).not.toContain("<figure");
    expect(lead.text).toBe(prose[0]);
  });

  it("with wantCode, brings in the section's first example with its lead-in", () => {
    const lead = leadOf(markdown, "usage", tight, { wantCode: true });
    expect(lead.text).toBe(`${prose[0]}\n\nCall it like this:\n\n\`\`\`ts\nclient.greeting.query();\n\`\`\``);
    expect(lead.html).not.toContain("notThisOne");
    expect(lead.truncated).toBe(true);
  });

  it("with wantCode, takes the heading of the subsection the example sits in", () => {
    const sub =
      "## Validators\n\nMany libraries work.\n\n### With Zod\n\nZod is a fine choice for most apps today.\n\n```ts\nz.string();\n```";
    const lead = leadOf(sub, "validators", { maxChars: 30, maxCodeLines: 10 }, { wantCode: true });
    expect(lead.text).toBe("Many libraries work.\n\nWith Zod\n\n```ts\nz.string();\n```");
  });

  it("keeps code the budget reaches anyway, without wantCode", () => {
    const lead = leadOf(leadInPage, "configure", { maxChars: 200, maxCodeLines: 10 });
    expect(codeLines(lead.html)).toEqual(["export default { strict: true };"]);
  });
});

describe("renderedLead: markup", () => {
  const markdown = [
    "## Marked {#marked}",
    "",
    "A note[^1] and [a link](./known.md#setup).",
    "",
    "### Sub part",
    "",
    "```js",
    "run();",
    "```",
    "",
    "[^1]: The footnote.",
  ].join("\n");

  it("has no id attributes, though the page has them inside the section", () => {
    const page = pageHtml(markdown);
    expect(page).toMatch(/<h3 id="sub-part">/);
    expect(page).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"/);
    const lead = leadOf(markdown, "marked");
    expect(lead.html).toContain("<h3>Sub part");
    expect(lead.html).not.toMatch(/\sid=/);
  });

  it("keeps links and footnote references as rendered, and leaves the page's footnotes out", () => {
    const lead = leadOf(markdown, "marked");
    expect(lead.html).toContain('<a href="/docs/known#setup">a link</a>');
    expect(lead.html).toContain('<sup><a href="#user-content-fn-1" aria-describedby="footnote-label">1</a></sup>');
    expect(lead.html).not.toContain("The footnote.");
    expect(lead.html).toContain('<pre tabindex="0" class="hljs language-js">');
  });

  it("makes a raw <pre> a focusable scroll region too", () => {
    const lead = leadOf("## Raw\n\n<pre>line one\nline two</pre>\n\n<p>x <b>y</b></p>", "raw");
    expect(lead.html).toContain('<pre tabindex="0">line one\nline two</pre>');
  });

  it("is sanitised with the article's schema", () => {
    const page = `<h2 id="s">S</h2><p onclick="x()">Text <script>alert(1)</script><a href="javascript:alert(1)">go</a></p>`;
    const lead = renderedLead(page, "s", ROOMY);
    expect(lead?.html).toBe("<p>Text <a>go</a></p>");
  });
});
