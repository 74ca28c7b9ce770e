import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("admonitions", () => {
  it("renders :::tip[Title] as an accessible callout with its content", () => {
    const { html } = renderFixture(":::tip[Custom title]\nKeep **calm**.\n:::\n");
    expect(html).toContain(
      '<div class="admonition admonition-tip" role="note" aria-label="Tip: Custom title">' +
        '<p class="admonition-heading">Custom title</p><div class="admonition-content"><p>Keep <strong>calm</strong>.</p></div></div>',
    );
  });

  it("reads Docusaurus v2 titles (`:::note Title`) and defaults the heading to the type", () => {
    expect(renderFixture(":::note Read this first\nText\n:::\n").html).toContain(
      '<p class="admonition-heading">Read this first</p>',
    );
    expect(renderFixture(":::danger\nText\n:::\n").html).toContain(
      'role="note" aria-label="Danger"><p class="admonition-heading">Danger</p>',
    );
  });

  it("keeps nested admonitions and code inside, and styles important as info", () => {
    const { html, chunks } = renderFixture(
      "::::important[Outer]\nBefore.\n\n:::caution\nInner text.\n:::\n\n```ts\nconst inner = 1;\n```\n::::\n",
    );
    expect(html).toContain('<div class="admonition admonition-info" role="note" aria-label="Important: Outer">');
    expect(html).toContain('<div class="admonition admonition-caution" role="note" aria-label="Caution">');
    expect(html).toContain('<figure class="code-block" data-language="ts">');
    expect(html).not.toContain(":::");
    expect(chunks[0]).toMatchObject({ body: "Outer\n\nBefore.\n\nInner text.", code: "const inner = 1;" });
  });

  it("renders <Admonition type title> like the directive", () => {
    const { html } = renderFixture(
      'import Admonition from \'@theme/Admonition\';\n\n<Admonition type="warning" title="Careful">\n  Hot surface.\n</Admonition>\n',
    );
    expect(html).toContain('<div class="admonition admonition-warning" role="note" aria-label="Warning: Careful">');
    expect(html).toContain("Hot surface.");
  });

  it("gives unknown directives back their text instead of losing it", () => {
    const { html, warnings } = renderFixture(
      "Meet at 10:30 :smile: or ::at[noon] later.\n\n::note\n\n:::custom\nKept.\n:::\n",
    );
    expect(html).toContain("Meet at 10:30 :smile: or ::at[noon] later.");
    expect(html).toContain("<p>::note</p>");
    expect(html).toContain("<p>Kept.</p>");
    expect(warnings).toEqual([expect.objectContaining({ kind: "other", line: 7 })]);
  });

  it("resolves links in a title and indexes the title's words once, with the body", () => {
    const { html, warnings, chunks } = renderFixture(
      ":::tip[See [the guide](./known.md) and [this](./nope.md)]\nBody text.\n:::\n",
    );
    expect(html).toContain(
      '<p class="admonition-heading">See <a href="/docs/known">the guide</a> and <span class="unresolved-link">this</span></p>',
    );
    expect(warnings).toEqual([expect.objectContaining({ kind: "unresolved-link", line: 3 })]);
    expect(chunks.map((chunk) => chunk.body)).toEqual(["See the guide and this\n\nBody text."]);
  });
});
