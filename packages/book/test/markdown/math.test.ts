import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/markdown/sanitise-schema";
import { renderFixture } from "../../src/testing/render-fixture";

describe("math ($…$ and $$…$$)", () => {
  it("typesets inline and display LaTeX as MathML, braces and all, in MDX", () => {
    const { html, warnings } = renderFixture(
      "Energy is $E = mc^2$ and $F(x)=\\int_{a}^{x} f(t)\\,dt$.\n\n$$\nI = \\frac{1}{2}\n$$\n",
    );
    expect(warnings).toEqual([]);
    // `{a}` is LaTeX inside math, not an MDX expression to drop.
    expect(html).toContain(
      '<span class="math math-inline"><math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn class="tml-sml-pad">2</mn></msup></mrow><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math></span>',
    );
    expect(html).toContain('<msubsup><mo movablelimits="false">∫</mo><mi>a</mi><mi>x</mi></msubsup>');
    expect(html).toContain(
      '<div class="math math-display"><math display="block" class="tml-display" style="display:block math;"><semantics><mrow><mi>I</mi>',
    );
    expect(html).toContain("<mfrac><mn>1</mn><mn>2</mn></mfrac>");
  });

  it("knows what Docusaurus's KaTeX knows beyond LaTeX (\\KaTeX)", () => {
    const { html, warnings } = renderFixture("Made with $\\KaTeX$ and $\\LaTeX$.\n");
    expect(warnings).toEqual([]);
    expect(html.match(/<math>/g)).toHaveLength(2);
    expect(html).toContain("<mtext>K</mtext>");
  });

  it("typesets formulas in headings, tables and admonition titles too", () => {
    const { html, warnings } = renderFixture(
      "## Joints, $n$ of them\n\n:::tip[The $\\theta$ trick]\nUse $\\theta_i$.\n:::\n\n| Symbol | Meaning |\n| --- | --- |\n| $\\tau$ | torque |\n",
    );
    expect(warnings).toEqual([]);
    expect(html).not.toContain("language-math");
    expect(html).toContain(
      '<p class="admonition-heading">The <span class="math math-inline"><math><semantics><mi>θ</mi>',
    );
    expect(html.match(/<math>/g)).toHaveLength(4);
  });

  it("keeps the LaTeX in the retrieval text", () => {
    const { chunks } = renderFixture("Energy is $E = mc^2$.\n\n$$\nI = \\frac{1}{2}\n$$\n");
    expect(chunks.map((chunk) => chunk.body).join("\n")).toBe("Energy is E = mc^2.\n\nI = \\frac{1}{2}");
  });

  it("shows LaTeX it cannot read as written, with the parser's message, and reports the line", () => {
    const { html, warnings } = renderFixture("Intro.\n\nBroken $\\frac{a$ here.\n");
    expect(html).toMatch(
      /<p>Broken <code class="math math-inline math-error" title="Unexpected end of input[^"]+">\$\\frac\{a\$<\/code> here\.<\/p>/,
    );
    expect(warnings).toEqual([
      {
        kind: "other",
        path: "guide/page.mdx",
        line: 5,
        message: expect.stringMatching(/^math shown as its LaTeX: Unexpected end of input .*\\frac\{a$/),
      },
    ]);
  });

  it("leaves escaped dollars, code spans and code blocks alone", () => {
    const { html } = renderFixture("It costs \\$5, or \\$50 a year; `echo $HOME $PATH`.\n\n```sh\necho $A $B\n```\n");
    expect(html).toContain("<p>It costs $5, or $50 a year; <code>echo $HOME $PATH</code>.</p>");
    expect(html).not.toContain("<math");
  });

  it("makes no links or markup of the book's LaTeX, and lets only layout styles through", () => {
    const { html, warnings } = renderFixture(
      "$\\href{javascript:alert(1)}{x}$ $\\style{background:url(x)}{w}$ $a<b$ $\\text{<img src=x onerror=alert(1)>}$ $\\color{red}{z}$\n",
    );
    // What would make a link or a style of the book's choosing is refused, shown as written and reported.
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^math shown as its LaTeX: Unsupported function name: \\href/),
      expect.stringMatching(/^math shown as its LaTeX: Function "\\style" is not trusted/),
    ]);
    expect(html).not.toMatch(/<a |<img| href=|style="[^"]*url/);
    expect(html).toContain("<mtext>&#x3C;img");
    expect(html).toContain("<mo>&#x3C;</mo>");
    expect(html).toContain('<mi style="color:#ff0000;">z</mi>');
  });

  it("drops inline styles that are not the few Temml lays math out with", () => {
    const sanitised = sanitize(
      h("math", [
        h("mi", { style: "color:#ff0000;" }, "a"),
        h("mi", { style: "color:red;background:url(x);" }, "b"),
        h("mtd", { style: "padding-left:0em;padding-right:5.9776pt;" }, "c"),
        h("mo", { style: "position:fixed;" }, "d"),
        h("mrow", { style: "margin-left:-0.35em;" }),
        h("mpadded", { style: "padding:0.2em 0 0 0;" }, "e"),
        h("mpadded", { style: "padding:url(x);" }, "f"),
      ]),
      articleSchema,
    );
    expect(toHtml(sanitised)).toBe(
      '<math><mi style="color:#ff0000;">a</mi><mi>b</mi><mtd style="padding-left:0em;padding-right:5.9776pt;">c</mtd><mo>d</mo><mrow style="margin-left:-0.35em;"></mrow><mpadded style="padding:0.2em 0 0 0;">e</mpadded><mpadded>f</mpadded></math>',
    );
  });

  it("typesets math in pages that are not valid MDX too", () => {
    const { html, warnings } = renderFixture("An unclosed <div> and $x^2$.\n");
    expect(warnings.map((warning) => warning.kind)).toEqual(["mdx-fallback"]);
    expect(html).toContain('<msup><mi>x</mi><mn class="tml-sml-pad">2</mn></msup>');
  });
});
