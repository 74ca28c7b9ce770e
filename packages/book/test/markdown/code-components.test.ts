import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("<Code> and <CodeBlock> components", () => {
  it("renders <Code> (the MDX code component sites register globally) as a highlighted block", () => {
    const { html, warnings, chunks } = renderFixture(
      "Set an id:\n\n```mdx-code-block\n<Code language=\"md\">{'### Hello World \\u007B#my-explicit-id}\\n'}</Code>\n```\n",
    );
    expect(html).toContain(
      '<figure class="code-block" data-language="md"><pre tabindex="0" class="hljs language-md"><code><span class="code-line"><span class="hljs-section">### Hello World {#my-explicit-id}</span></span>\n</code></pre></figure>',
    );
    expect(warnings).toEqual([]);
    expect(chunks[0]?.code).toBe("### Hello World {#my-explicit-id}");
  });

  it("shows <Code> with one line of text inline, as Docusaurus's MDX code component does", () => {
    const { html } = renderFixture("Run <Code>{'npm start'}</Code> to start.\n");
    expect(html).toContain("<p>Run <code>npm start</code> to start.</p>");
  });

  it("reads a <CodeBlock>'s string child, title, line numbers and metastring", () => {
    const { html } = renderFixture(
      'import CodeBlock from \'@theme/CodeBlock\';\n\n<CodeBlock language="js" title="app.js" showLineNumbers metastring="{2}">{"const a = 1;\\nrun(a);"}</CodeBlock>\n',
    );
    expect(html).toContain(
      '<figure class="code-block" data-language="js"><figcaption class="code-title">app.js</figcaption><pre tabindex="0" class="hljs language-js line-numbers"><code><span class="code-line"><span class="hljs-keyword">const</span> a = <span class="hljs-number">1</span>;</span>\n<span class="code-line highlighted">',
    );
  });

  it("takes any name imported from @theme/CodeBlock, and leaves a site's own Code alone", () => {
    const themed = renderFixture(
      "import Snippet from '@theme/CodeBlock';\n\n<Snippet language=\"sh\">{`npm test`}</Snippet>\n",
    );
    expect(themed.html).toContain('<figure class="code-block" data-language="sh">');
    const own = renderFixture(
      "import Code from '@site/src/components/Code';\n\n<Code lang=\"sh\">\n\nSee the **shell**.\n\n</Code>\n",
    );
    expect(own.html).toContain("<div><p>See the <strong>shell</strong>.</p></div>");
    expect(own.warnings.map((warning) => warning.kind)).toEqual(["dropped-mdx"]);
  });
});
