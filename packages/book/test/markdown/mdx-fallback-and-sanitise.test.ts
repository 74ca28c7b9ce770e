import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("pages that are not valid MDX", () => {
  it("are read as Markdown with their raw HTML, and reported with the parser's message", () => {
    const { html, warnings, chunks } = renderFixture(
      "Some text.\n\nA brace { that MDX rejects.\n\n<kbd>Ctrl</kbd> and <b>bold</b>\n",
    );
    expect(html).toContain("<p>A brace { that MDX rejects.</p>");
    expect(html).toContain("<kbd>Ctrl</kbd> and <b>bold</b>");
    expect(warnings).toEqual([
      {
        kind: "mdx-fallback",
        path: "guide/page.mdx",
        line: 5,
        message: expect.stringMatching(/^not valid MDX, read as Markdown: /),
      },
    ]);
    expect(chunks[0]?.body).toContain("A brace { that MDX rejects.");
  });
});

describe("the sanitiser", () => {
  it("strips scripts, event handlers, javascript: URLs, styles and the app's own ids", () => {
    const { html } = renderFixture(
      'Text {\n\n<script>alert(1)</script>\n\n<p onclick="steal()" style="color:red" id="pw-sidebar">Hi <a href="javascript:alert(1)">x</a></p>\n\n<style>body{}</style>\n\n<div id="keep-me" class="note">ok</div>\n',
    );
    expect(html).not.toMatch(/script|alert|steal|onclick|style|javascript|pw-sidebar|body\{\}/i);
    expect(html).toContain('<div id="keep-me" class="note">ok</div>');
    expect(html).toContain("<p>Hi <a>x</a></p>");
  });
});
