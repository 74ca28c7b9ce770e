import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("MDX expressions and ESM", () => {
  it("evaluates literal expressions and drops comments silently", () => {
    const { html, warnings } = renderFixture(
      "A{' '}B {\"quoted\"} {'single'} {`template`} {42} {/* a comment */} end.\n",
    );
    expect(html).toContain("<p>A B quoted single template 42  end.</p>");
    expect(warnings).toEqual([]);
  });

  it("drops what needs code to run, and counts it with its line", () => {
    const { html, warnings } = renderFixture("Hello {props.name}!\n\n{new Date().getFullYear()}\n");
    expect(html).toContain("<p>Hello !</p>");
    expect(html).not.toContain("props");
    expect(warnings).toEqual([
      { kind: "dropped-mdx", path: "guide/page.mdx", line: 3, message: "expression {props.name} dropped" },
      {
        kind: "dropped-mdx",
        path: "guide/page.mdx",
        line: 5,
        message: "expression {new Date().getFullYear()} dropped",
      },
    ]);
  });

  it("drops import and export statements, also those inside JSX", () => {
    const { html } = renderFixture(
      "import Thing from '@site/src/Thing';\nexport const meta = { a: 1 };\n\nProse.\n\n<div>\n\nimport Tabs from '@theme/Tabs';\n\n</div>\n",
    );
    expect(html).not.toMatch(/import|export|meta/);
    expect(html).toContain("<p>Prose.</p>");
  });

  it("inlines an imported partial where it is used, its links relative to the partial", () => {
    const partials = new Map([
      ["/book/docs/_shared/_note.mdx", "---\ntitle: x\n---\nShared **note** with [a link](../guide/known.mdx).\n"],
    ]);
    const { html } = renderFixture("import Note from '../_shared/_note.mdx';\n\nBefore.\n\n<Note />\n", { partials });
    expect(html).toContain('<p>Shared <strong>note</strong> with <a href="/docs/known">a link</a>.</p>');
  });
});
