import { describe, expect, it } from "vitest";
import { cleanMdx } from "../src/ingest/clean-mdx";

describe("cleanMdx", () => {
  it("drops import/export blocks, JSX tags and comments but keeps the text inside tags", () => {
    const cleaned = cleanMdx(
      [
        "import Tabs from '@theme/Tabs';",
        "export const meta = {",
        "  a: 1,",
        "};",
        "",
        'Intro <a href="/x">link text</a> here.',
        "",
        "<Tabs>",
        '  <TabItem value="one" label="One">',
        "        Deeply indented child text.",
        "  </TabItem>",
        "</Tabs>",
        "<div",
        "  style={{marginBottom: '12px'}}",
        ">",
        "Inside a multi-line tag.",
        "</div>",
        "<!-- hidden -->",
        "{/* also hidden */}",
      ].join("\n"),
    );
    expect(cleaned).not.toMatch(/import|export|Tabs|TabItem|<a|<div|hidden|marginBottom/);
    expect(cleaned).toContain("Intro link text here.");
    // MDX has no indented code blocks: the child text must not become code in a Markdown renderer.
    expect(cleaned).toContain("\n   Deeply indented child text.");
    expect(cleaned).toContain("Inside a multi-line tag.");
  });

  it("keeps admonition text with its kind and title", () => {
    const cleaned = cleanMdx(":::tip Save often\nWrite things down.\n:::\n\n:::note[Heads up]\nMore.\n:::");
    expect(cleaned).toBe("**Tip: Save often**\nWrite things down.\n\n**Note: Heads up**\nMore.");
  });

  it("leaves fenced code alone, even when it looks like JSX or ESM", () => {
    const source = "Before.\n\n```tsx\nimport x from 'y';\n<Tabs>{x}</Tabs>\n```\n\nAfter `<T>` in code.";
    expect(cleanMdx(source)).toBe(source);
  });

  it("does not mistake a sentence that starts with 'important' for an import", () => {
    expect(cleanMdx("important things first.")).toBe("important things first.");
  });
});
