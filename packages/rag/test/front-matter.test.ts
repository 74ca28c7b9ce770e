import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../src/ingest/front-matter";

describe("parseFrontMatter", () => {
  it("reads the fields Docusaurus uses and returns the body after the closing line", () => {
    const result = parseFrontMatter(
      "---\nid: setup\ntitle: Set things up\nslug: /start\nsidebar_label: Setup\nsidebar_position: 2.5\ndescription: ignored\n---\n\n# Body\n",
    );
    expect(result).toEqual({
      ok: true,
      frontMatter: { id: "setup", title: "Set things up", slug: "/start", sidebarLabel: "Setup", sidebarPosition: 2.5 },
      content: "\n# Body\n",
    });
  });

  it("accepts a page without front matter, and a byte-order mark before it", () => {
    expect(parseFrontMatter("# Just text")).toEqual({ ok: true, frontMatter: {}, content: "# Just text" });
    expect(parseFrontMatter("\uFEFF---\ntitle: BOM\n---\nText")).toMatchObject({
      ok: true,
      frontMatter: { title: "BOM" },
    });
  });

  it("treats numbers as text for text fields, as Docusaurus does", () => {
    expect(parseFrontMatter("---\ntitle: 2024\n---\n")).toMatchObject({ ok: true, frontMatter: { title: "2024" } });
  });

  it.each([
    ["---\ntitle: [unclosed\n---\n", /not valid YAML/],
    ["---\ntitle: Fine\n", /not closed/],
    ["---\n- a\n- b\n---\n", /mapping/],
    ["---\nsidebar_position: first\n---\n", /sidebar_position.*number/],
    ["---\ntitle:\n  nested: true\n---\n", /title.*text/],
    ["---\nid: a/b\n---\n", /id.*\//],
  ])("reports malformed front matter %#", (source, reason) => {
    const result = parseFrontMatter(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
