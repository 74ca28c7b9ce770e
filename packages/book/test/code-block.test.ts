import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { type CodeBlockInput, convertNpmCommands, createCodeBlockPage, renderCodeBlock } from "../src/markdown/code";
import { parseCodeMeta } from "../src/markdown/code/parse-code-meta";

function counter() {
  let n = 0;
  return { next: () => ++n };
}

function render(input: CodeBlockInput, page = createCodeBlockPage()) {
  const rendered = renderCodeBlock(input, counter(), page);
  if (rendered === undefined) throw new Error("expected a shown code block");
  return { html: toHtml(rendered.element), text: rendered.text };
}

/** The `code-line` spans of the rendered markup, as [classes, text content]. */
function lines(html: string): Array<[string, string]> {
  return [...html.matchAll(/<span class="(code-line[^"]*)">((?:(?!<span class="code-line)[\s\S])*?)<\/span>\n/g)].map(
    (match) => [match[1] ?? "", (match[2] ?? "").replace(/<[^>]+>/g, "")],
  );
}

function highlightedTexts(html: string): string[] {
  return lines(html)
    .filter(([classes]) => classes === "code-line highlighted")
    .map(([, text]) => text);
}

describe("parseCodeMeta", () => {
  it("reads titles in double, single and spaced quotes", () => {
    expect(parseCodeMeta('title="src/a.ts"').title).toBe("src/a.ts");
    expect(parseCodeMeta("twoslash title='server/trpc.ts'").title).toBe("server/trpc.ts");
    expect(parseCodeMeta("twoslash title = 'client/trpc.ts'").title).toBe("client/trpc.ts");
    expect(parseCodeMeta('title="with spaces and {braces}.md"').title).toBe("with spaces and {braces}.md");
  });

  it("reads line ranges, line numbers and flags, and ignores unknown meta", () => {
    const meta = parseCodeMeta('{1,3-4} title="x.js" showLineNumbers live noInline {7}');
    expect([...meta.highlightedLines].sort((a, b) => a - b)).toEqual([1, 3, 4, 7]);
    expect(meta.lineNumbersStart).toBe(1);
    expect(meta).toMatchObject({ npm2yarn: false, twoslash: false, title: "x.js" });
    expect(parseCodeMeta("showLineNumbers=5").lineNumbersStart).toBe(5);
    expect(parseCodeMeta("npm2yarn").npm2yarn).toBe(true);
    expect(parseCodeMeta("title='utils/trpc.ts' twoslash").twoslash).toBe(true);
    expect(parseCodeMeta(null)).toMatchObject({ title: undefined, lineNumbersStart: undefined, npm2yarn: false });
    expect(parseCodeMeta('"src/remark/section-prefix.js"').title).toBeUndefined();
  });
});

describe("renderCodeBlock markup", () => {
  it("renders a figure with title, language classes and one span per line", () => {
    const { html, text } = render({ lang: "TS", meta: 'title="server.ts"', value: "const a = 1;\nexport { a };\n" });
    expect(html).toMatch(
      /^<figure class="code-block" data-language="ts"><figcaption class="code-title">server\.ts<\/figcaption><pre tabindex="0" class="hljs language-ts"><code><span class="code-line"><span class="hljs-keyword">const<\/span> a = /,
    );
    expect(html.endsWith("</code></pre></figure>")).toBe(true);
    expect(lines(html).map(([, line]) => line)).toEqual(["const a = 1;", "export { a };"]);
    expect(text).toBe("const a = 1;\nexport { a };");
  });

  it("marks meta line ranges as highlighted and adds line numbers with a start", () => {
    const { html } = render({ lang: "js", meta: "{1,3-4} showLineNumbers=5", value: "a();\nb();\nc();\nd();\ne();" });
    expect(highlightedTexts(html)).toEqual(["a();", "c();", "d();"]);
    expect(html).toContain('<pre tabindex="0" class="hljs language-js line-numbers" data-start="5">');
    const fromOne = render({ lang: "js", meta: "showLineNumbers", value: "a();" }).html;
    expect(fromOne).toContain('class="hljs language-js line-numbers">');
    expect(fromOne).not.toContain("data-start");
  });

  it("lets <CodeBlock> props win over the meta string", () => {
    const { html } = render({
      lang: "js",
      meta: 'title="meta.js"',
      value: "x",
      title: "prop.js",
      showLineNumbers: true,
    });
    expect(html).toContain('<figcaption class="code-title">prop.js</figcaption>');
    expect(html).toContain("line-numbers");
    expect(render({ lang: "js", meta: "showLineNumbers", value: "x", showLineNumbers: false }).html).not.toContain(
      "line-numbers",
    );
  });

  it("renders an unknown language as escaped plain text without failing", () => {
    const { html, text } = render({ lang: "mermaid", meta: null, value: "graph TD;\n  A-->B & <C>" });
    expect(html).toContain('<figure class="code-block" data-language="mermaid">');
    expect(html).toContain('class="hljs language-mermaid"');
    expect(html).toContain('<span class="code-line">  A-->B &#x26; &#x3C;C></span>');
    expect(html).not.toContain("hljs-");
    expect(text).toBe("graph TD;\n  A-->B & <C>");
  });

  it("uses text as the language of a block without one", () => {
    expect(render({ lang: null, meta: null, value: "plain" }).html).toContain(
      '<figure class="code-block" data-language="text"><pre tabindex="0" class="hljs language-text">',
    );
  });

  it.each([
    ["jsx", "<App />", "hljs-title class_"],
    ["tsx", "const a: string = <b />;", "hljs-keyword"],
    ["bash", "echo $HOME", "hljs-built_in"],
    ["sh", "echo $HOME", "hljs-built_in"],
    ["yml", "key: value", "hljs-attr"],
    ["json", '{"a": 1}', "hljs-attr"],
    ["diff", "+ added", "hljs-addition"],
    ["html", "<div></div>", "hljs-tag"],
    ["mdx", "# Title", "hljs-section"],
    ["css", "a { color: red; }", "hljs-selector-tag"],
    ["powershell", "Get-ChildItem", "hljs-built_in"],
    ["dockerfile", "FROM node:22", "hljs-keyword"],
  ])("highlights %s", (lang, value, tokenClass) => {
    expect(render({ lang, meta: null, value }).html).toContain(`class="${tokenClass}"`);
  });

  it("splits tokens that span lines into one self-contained span per line", () => {
    // \u0024 is "$": the code holds a template placeholder, which must not look like one here.
    const { html } = render({
      lang: "ts",
      meta: null,
      value: "const s = `one\ntwo \u0024{x}\nthree`;\n/* a\n   b */\nconst t = 1;",
    });
    const rendered = lines(html);
    expect(rendered.map(([, line]) => line)).toEqual([
      "const s = `one",
      "two \u0024{x}",
      "three`;",
      "/* a",
      "   b */",
      "const t = 1;",
    ]);
    const spans = html.split("\n");
    expect(spans[1]).toMatch(/^<span class="code-line"><span class="hljs-string">two <span class="hljs-subst">/);
    expect(spans[2]).toBe('<span class="code-line"><span class="hljs-string">three`</span>;</span>');
    expect(spans[4]).toBe('<span class="code-line"><span class="hljs-comment">   b */</span></span>');
    for (const line of spans.slice(0, -1)) {
      expect(line.match(/<span/g)?.length).toBe(line.match(/<\/span>/g)?.length);
    }
  });

  it("reads Windows line ends as plain newlines", () => {
    const { html, text } = render({ lang: "js", meta: null, value: "a();\r\n// highlight-next-line\r\nb();\r\n" });
    expect(text).toBe("a();\nb();");
    expect(highlightedTexts(html)).toEqual(["b();"]);
  });

  it("keeps empty lines as empty spans", () => {
    const { html } = render({ lang: "js", meta: null, value: "a();\n\nb();" });
    expect(lines(html).map(([, line]) => line)).toEqual(["a();", "", "b();"]);
  });
});

describe("magic comments", () => {
  it.each([
    ["ts", "// highlight-next-line", "// highlight-start", "// highlight-end"],
    ["js", "/* highlight-next-line */", "/* highlight-start */", "/* highlight-end */"],
    ["jsx", "{/* highlight-next-line */}", "{/* highlight-start */}", "{/* highlight-end */}"],
    ["bash", "# highlight-next-line", "# highlight-start", "# highlight-end"],
    ["yaml", "# highlight-next-line", "# highlight-start", "# highlight-end"],
    ["html", "<!-- highlight-next-line -->", "<!-- highlight-start -->", "<!-- highlight-end -->"],
    ["md", "<!-- highlight-next-line -->", "<!-- highlight-start -->", "<!-- highlight-end -->"],
  ])("%s: removes %s and the start/end pair, and highlights their lines", (lang, next, start, end) => {
    const value = ["first", `  ${next}`, "second", start, "third", "fourth", end, "fifth"].join("\n");
    const { html, text } = render({ lang, meta: null, value });
    expect(text).toBe("first\nsecond\nthird\nfourth\nfifth");
    expect(highlightedTexts(html)).toEqual(["second", "third", "fourth"]);
  });

  it("only honours the comment syntaxes of the block's language, as Docusaurus does", () => {
    const python = render({ lang: "python", meta: null, value: "// highlight-next-line\nx = 1" });
    expect(python.text).toBe("// highlight-next-line\nx = 1");
    const ts = render({ lang: "ts", meta: null, value: "# highlight-next-line\nx" });
    expect(ts.text).toBe("# highlight-next-line\nx");
  });

  it("leaves a comment that shares its line with code, and blocks without a language, alone", () => {
    expect(render({ lang: "js", meta: null, value: "a(); // highlight-next-line\nb();" }).text).toBe(
      "a(); // highlight-next-line\nb();",
    );
    expect(render({ lang: null, meta: null, value: "// highlight-next-line\nb();" }).text).toBe(
      "// highlight-next-line\nb();",
    );
  });

  it("combines magic comments with meta ranges counted on the shown lines", () => {
    const { html } = render({ lang: "js", meta: "{1}", value: "a();\n// highlight-next-line\nb();\nc();" });
    expect(highlightedTexts(html)).toEqual(["a();", "b();"]);
  });
});

describe("twoslash", () => {
  it("drops compiler flags and queries and keeps what follows the last cut, indentation intact", () => {
    const value = [
      "// @noErrors",
      "// @filename: server.ts",
      "export const secret = 1;",
      "// @filename: client.ts",
      "// ---cut---",
      "// @errors: 2322",
      "import { secret } from './server';",
      "function f() {",
      "    const x = secret;",
      "  //      ^?",
      "  // @deprecated stays: it is indented, so not a flag",
      "}",
      "// @link https://trpc.io/docs stays",
      "// ^|",
    ].join("\n");
    const { text, html } = render({ lang: "ts", meta: "twoslash title='client.ts'", value });
    expect(text).toBe(
      [
        "import { secret } from './server';",
        "function f() {",
        "    const x = secret;",
        "  // @deprecated stays: it is indented, so not a flag",
        "}",
        "// @link https://trpc.io/docs stays",
      ].join("\n"),
    );
    expect(html).toContain('<figcaption class="code-title">client.ts</figcaption>');
  });

  it("hides what follows ---cut-after--- and what lies between ---cut-start--- and ---cut-end---", () => {
    const value = [
      "import a from 'a';",
      "// ---cut-start---",
      "declare const hidden: 1;",
      "// ---cut-end---",
      "a();",
      "",
      "// ---cut-after---",
      "export {};",
    ].join("\n");
    expect(render({ lang: "ts", meta: "twoslash", value }).text).toBe("import a from 'a';\na();");
    expect(render({ lang: "ts", meta: "twoslash", value: "x\n// ---cut-before---\ny" }).text).toBe("y");
  });

  it("shows every file of a multi-file block without a cut, minus the @filename lines", () => {
    const value =
      "// ---\n// @filename: a.ts\n// ---\nexport const a = 1;\n\n// @filename: b.ts\nimport { a } from './a';";
    expect(render({ lang: "ts", meta: "twoslash", value }).text).toBe(
      "// ---\n// ---\nexport const a = 1;\n\nimport { a } from './a';",
    );
  });

  it("does not treat twoslash markers as directives in a block not marked twoslash", () => {
    expect(render({ lang: "ts", meta: null, value: "// @filename: a.ts\nx" }).text).toBe("// @filename: a.ts\nx");
  });

  it("hides include blocks and expands // @include: in later blocks of the page", () => {
    const page = createCodeBlockPage();
    const include = renderCodeBlock(
      {
        lang: "twoslash",
        meta: "include server",
        value: "// @filename: server.ts\nexport const appRouter = 1;\n// - part\nexport type AppRouter = 2;",
      },
      counter(),
      page,
    );
    expect(include).toBeUndefined();
    expect(render({ lang: "ts", meta: "twoslash title='server.ts'", value: "// @include: server" }, page).text).toBe(
      "export const appRouter = 1;\nexport type AppRouter = 2;",
    );
    expect(render({ lang: "ts", meta: "twoslash", value: "// @include: server-part" }, page).text).toBe(
      "export const appRouter = 1;",
    );
    const client =
      "// @include: server\n// @filename: client.ts\n// ---cut---\nimport type { AppRouter } from './server';";
    expect(render({ lang: "ts", meta: "twoslash", value: client }, page).text).toBe(
      "import type { AppRouter } from './server';",
    );
  });

  it("drops an @include line whose include is unknown", () => {
    expect(render({ lang: "ts", meta: "twoslash", value: "// @include: missing\nconst a = 1;" }).text).toBe(
      "const a = 1;",
    );
    expect(renderCodeBlock({ lang: "twoslash", meta: "include x", value: "a" }, counter())).toBeUndefined();
  });

  it("applies magic comments after the twoslash cut", () => {
    const value = "// @filename: a.ts\n// ---cut---\nconst a = 1;\n// highlight-next-line\nconst b = 2;";
    const { html, text } = render({ lang: "ts", meta: "twoslash", value });
    expect(text).toBe("const a = 1;\nconst b = 2;");
    expect(highlightedTexts(html)).toEqual(["const b = 2;"]);
  });
});

describe("npm2yarn", () => {
  it.each([
    ["npm install @trpc/server zod", "yarn add @trpc/server zod", "pnpm add @trpc/server zod"],
    ["npm i --save @docusaurus/core", "yarn add @docusaurus/core", "pnpm add @docusaurus/core"],
    ["npm install --save-dev typescript", "yarn add --dev typescript", "pnpm add -D typescript"],
    ["npm install -D vitest", "yarn add --dev vitest", "pnpm add -D vitest"],
    ["npm install", "yarn", "pnpm install"],
    ["npm install -g surge", "yarn global add surge", "pnpm add -g surge"],
    ["npm run build", "yarn build", "pnpm run build"],
    ["npm run start -- --host 0.0.0.0", "yarn start --host 0.0.0.0", "pnpm run start --host 0.0.0.0"],
    ["npm start", "yarn start", "pnpm start"],
    ["npm uninstall left-pad", "yarn remove left-pad", "pnpm remove left-pad"],
    ["npm init docusaurus", "yarn create docusaurus", "pnpm create docusaurus"],
    ["npm ci", "yarn install --frozen-lockfile", "pnpm install --frozen-lockfile"],
    ["cd my-website", "cd my-website", "cd my-website"],
  ])("converts `%s`", (npm, yarn, pnpm) => {
    expect(convertNpmCommands(npm, "yarn")).toBe(yarn);
    expect(convertNpmCommands(npm, "pnpm")).toBe(pnpm);
  });

  it("renders npm, Yarn and pnpm tabs with per-page ids, npm selected", () => {
    const ids = counter();
    ids.next();
    const rendered = renderCodeBlock({ lang: "bash", meta: 'npm2yarn title="setup"', value: "npm install zod\n" }, ids);
    if (rendered === undefined) throw new Error("expected tabs");
    const html = toHtml(rendered.element);
    expect(rendered.text).toBe("npm install zod");
    expect(html.startsWith('<div class="tabs" data-group-id="npm2yarn"><div role="tablist" class="tabs-list">')).toBe(
      true,
    );
    expect(html).toContain(
      '<button type="button" role="tab" id="tab-2-npm" aria-controls="panel-2-npm" aria-selected="true" tabindex="0" data-value="npm">npm</button>',
    );
    expect(html).toContain(
      '<button type="button" role="tab" id="tab-2-yarn" aria-controls="panel-2-yarn" aria-selected="false" tabindex="-1" data-value="yarn">Yarn</button>',
    );
    expect(html).toContain(
      '<div role="tabpanel" id="panel-2-npm" aria-labelledby="tab-2-npm" data-value="npm" tabindex="0">',
    );
    expect(html).toContain(
      '<div role="tabpanel" id="panel-2-pnpm" aria-labelledby="tab-2-pnpm" data-value="pnpm" tabindex="0" hidden>',
    );
    const panels = html.split('role="tabpanel"').slice(1);
    expect(panels.map((panel) => lines(panel).map(([, line]) => line))).toEqual([
      ["npm install zod"],
      ["yarn add zod"],
      ["pnpm add zod"],
    ]);
    expect(panels.every((panel) => panel.includes('<figcaption class="code-title">setup</figcaption>'))).toBe(true);
    expect(ids.next()).toBe(3);
  });
});
