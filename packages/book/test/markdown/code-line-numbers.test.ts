import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

// The stylesheet numbers `.code-line`s with a CSS counter reset on `<code>`; a later start resets it lower.
describe("numbered code blocks", () => {
  it("numbers a `showLineNumbers=3` block from 3", () => {
    const { html } = renderFixture("```js showLineNumbers=3\na();\nb();\n```\n");
    expect(html).toContain(
      '<pre tabindex="0" class="hljs language-js line-numbers" data-start="3"><code style="counter-reset: line 2">',
    );
  });

  it("leaves a block numbered from 1 to the stylesheet's own reset", () => {
    const { html } = renderFixture("```js showLineNumbers\na();\n```\n");
    expect(html).toContain('<pre tabindex="0" class="hljs language-js line-numbers"><code>');
  });

  it("numbers a <CodeBlock showLineNumbers={N}> from N", () => {
    const { html } = renderFixture(
      "import CodeBlock from '@theme/CodeBlock';\n\n<CodeBlock language=\"js\" showLineNumbers={12}>{`a();\\nb();`}</CodeBlock>\n",
    );
    expect(html).toContain(
      'class="hljs language-js line-numbers" data-start="12"><code style="counter-reset: line 11">',
    );
  });

  it("lets no other style onto an article's code", () => {
    // Read as plain Markdown (the stray `{` is not valid MDX), so the raw HTML reaches the sanitiser as written.
    const { html } = renderFixture(
      'A { here.\n\n<pre><code style="counter-reset: line 2; color: red">x</code></pre>\n\n<pre><code style="background: url(https://x.example/t)">y</code></pre>\n',
    );
    expect(html).toContain("<pre><code>x</code></pre>");
    expect(html).toContain("<pre><code>y</code></pre>");
    expect(html).not.toContain("style");
  });
});
