import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("JSX elements", () => {
  it("keeps <details>/<summary> as native disclosure", () => {
    const { html } = renderFixture("<details>\n<summary>More about it</summary>\n\nHidden **detail**.\n\n</details>\n");
    expect(html).toContain("<details><summary>More about it</summary><p>Hidden <strong>detail</strong>.</p></details>");
  });

  it("renders an unknown component's children, in a div when it is a block, and counts it", () => {
    const { html, warnings } = renderFixture(
      '<BrowserWindow url="x">\n\nInside the **window**.\n\n</BrowserWindow>\n\nText with <Highlight color="red">colour</Highlight>.\n',
    );
    expect(html).toContain("<div><p>Inside the <strong>window</strong>.</p></div>");
    expect(html).toContain("<p>Text with colour.</p>");
    expect(html).not.toMatch(/BrowserWindow|Highlight/);
    expect(warnings.map((warning) => [warning.kind, warning.line])).toEqual([
      ["dropped-mdx", 3],
      ["dropped-mdx", 9],
    ]);
  });

  it("renders <CodeBlock> like a fenced block, title and line numbers included", () => {
    const { html, chunks } = renderFixture(
      'import CodeBlock from \'@theme/CodeBlock\';\n\n<CodeBlock language="ts" title="server.ts" showLineNumbers>{`const a = 1;\nconst b = 2;`}</CodeBlock>\n',
    );
    expect(html).toContain(
      '<figure class="code-block" data-language="ts"><figcaption class="code-title">server.ts</figcaption>',
    );
    expect(html).toContain("line-numbers");
    expect(chunks[0]?.code).toBe("const a = 1;\nconst b = 2;");
  });

  it("keeps lowercase HTML with safe literal props, unwrapping require() and useBaseUrl()", () => {
    const { html } = renderFixture(
      "<div className=\"wrapper\" style={{color: 'red'}} onClick={() => alert(1)}>\n<img src={require('@site/static/img/logo.svg').default} alt=\"Logo\" />\n<a href={useBaseUrl('/docs/known')}>Known</a>\n</div>\n",
    );
    expect(html).toContain('<div class="wrapper">');
    expect(html).toContain('<img src="/book-assets/0123456789abcdef/logo.svg" alt="Logo" loading="lazy">');
    expect(html).toContain('<a href="/docs/known">Known</a>');
    expect(html).not.toMatch(/style|onclick|alert/i);
  });

  it("shows an imported image used as a component, and inline TOC and doc cards", () => {
    const { html } = renderFixture(
      "import Logo from '@site/static/img/logo.svg';\nimport TOCInline from '@theme/TOCInline';\n\n<Logo />\n\n<TOCInline toc={toc} />\n\n<DocCardList />\n\n## First\n\n### Deeper\n\n#### Too deep\n",
      { docCards: [{ href: "/docs/known", label: "Known page", description: "What it knows." }] },
    );
    expect(html).toContain('<img src="/book-assets/0123456789abcdef/logo.svg" alt="" loading="lazy">');
    expect(html).toContain(
      '<nav class="toc-inline" aria-label="On this page"><ul><li><a href="#first">First</a><ul><li><a href="#deeper">Deeper</a></li></ul></li></ul></nav>',
    );
    expect(html).toContain(
      '<ul class="doc-cards"><li><a href="/docs/known">Known page</a><p>What it knows.</p></li></ul>',
    );
  });
});

describe("site components worth their content", () => {
  it("turns an install snippet into package-manager tabs and a video embed into a link", () => {
    const { html, warnings } = renderFixture(
      'import { InstallSnippet } from \'@site/src/components/InstallSnippet\';\n\n<InstallSnippet pkgs="@trpc/server zod" />\n\n<YouTubeEmbed videoId="abc123" title="In 100 seconds" />\n',
    );
    expect(html).toContain('<div class="tabs" data-group-id="npm2yarn">');
    expect(html).toMatch(/npm.*install.*@trpc\/server zod/s);
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=abc123" rel="noopener noreferrer">In 100 seconds</a>',
    );
    expect(warnings).toEqual([]);
  });

  it("shows an <iframe> as a link to what it shows, and drops one of no web page", () => {
    const { html, warnings } = renderFixture(
      [
        '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc123?si=x" title="Intro video" allowfullscreen></iframe>',
        "",
        'Try it: <iframe src="https://player.vimeo.com/video/42"></iframe> or <iframe src="https://codesandbox.io/embed/demo"></iframe>.',
        "",
        '<iframe src="javascript:alert(1)"></iframe>',
        "",
      ].join("\n"),
    );
    expect(html).toContain(
      '<p><a href="https://www.youtube.com/watch?v=abc123" rel="noopener noreferrer">Intro video (youtube.com)</a></p>',
    );
    expect(html).toContain(
      '<p>Try it: <a href="https://vimeo.com/42" rel="noopener noreferrer">Open the embedded page on vimeo.com</a> or <a href="https://codesandbox.io/embed/demo" rel="noopener noreferrer">Open the embedded page on codesandbox.io</a>.</p>',
    );
    expect(html).not.toMatch(/<iframe|javascript:/);
    expect(warnings).toEqual([
      { kind: "dropped-mdx", path: "guide/page.mdx", line: 7, message: "<iframe> of javascript:alert(1) dropped" },
    ]);
  });
});
