import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../src/site/front-matter";

describe("parseFrontMatter", () => {
  it("reads the fields Docusaurus uses and returns the body after the closing line", () => {
    const result = parseFrontMatter(
      "---\nid: setup\ntitle: Set things up\nslug: /start\nsidebar_label: Setup\nsidebar_position: 2.5\ndescription: ignored\n---\n\n# Body\n",
    );
    expect(result).toEqual({
      ok: true,
      frontMatter: {
        id: "setup",
        title: "Set things up",
        slug: "/start",
        sidebarLabel: "Setup",
        sidebarPosition: 2.5,
        description: "ignored",
        hideTitle: false,
        draft: false,
        unlisted: false,
      },
      body: "\n# Body\n",
      bodyStartLine: 9,
    });
  });

  it("reads the display and visibility fields", () => {
    const result = parseFrontMatter(
      [
        "---",
        "hide_title: true",
        "draft: false",
        "unlisted: 'true'",
        "toc_min_heading_level: 3",
        "toc_max_heading_level: 5",
        "keywords: [router, 2024]",
        "sidebar_position: '4'",
        "custom_thing: kept out",
        "---",
        "Text",
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: true,
      frontMatter: expect.objectContaining({
        hideTitle: true,
        draft: false,
        unlisted: true,
        tocMinHeadingLevel: 3,
        tocMaxHeadingLevel: 5,
        keywords: ["router", "2024"],
        sidebarPosition: 4,
      }),
      body: "Text",
      bodyStartLine: 11,
    });
    expect(result.ok && "custom_thing" in result.frontMatter).toBe(false);
  });

  it("treats an empty field as not set", () => {
    expect(parseFrontMatter("---\ntitle:\nid: x\n---\n")).toMatchObject({ ok: true, frontMatter: { id: "x" } });
    const result = parseFrontMatter("---\ntitle:\n---\n");
    expect(result.ok && result.frontMatter.title).toBeUndefined();
  });

  it("accepts a page without front matter, and a byte-order mark before it", () => {
    expect(parseFrontMatter("# Just text")).toMatchObject({
      ok: true,
      frontMatter: { draft: false, unlisted: false, hideTitle: false },
      body: "# Just text",
      bodyStartLine: 1,
    });
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
    ["---\ndraft: maybe\n---\n", /draft.*true or false/],
    ["---\ntoc_max_heading_level: 9\n---\n", /toc_max_heading_level/],
    ["---\ntoc_min_heading_level: 4\ntoc_max_heading_level: 3\n---\n", /toc_min_heading_level must not be above/],
    ["---\nkeywords: router\n---\n", /keywords.*list/],
  ])("reports malformed front matter %#", (source, reason) => {
    const result = parseFrontMatter(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
