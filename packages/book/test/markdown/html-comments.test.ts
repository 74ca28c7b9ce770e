import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("HTML comments in MDX pages", () => {
  it("are dropped, as Docusaurus drops them", () => {
    const { html } = renderFixture("Before <!-- a note for authors --> after.\n\n<!--\nseveral\nlines\n-->\n\nEnd.");
    expect(html).not.toContain("a note for authors");
    expect(html).not.toContain("several");
    expect(html).toContain("Before");
    expect(html).toContain("End.");
  });

  it("stay as written inside inline code, where the reader is shown them", () => {
    const { html, warnings } = renderFixture(
      "Use the `<!--truncate-->` marker, or ``<!-- `x` -->`` in a longer span. <!-- hidden --> Done.",
    );
    expect(html).toContain("<code>&#x3C;!--truncate--></code>");
    expect(html).toContain("<code>&#x3C;!-- `x` --></code>");
    expect(html).not.toContain("{/*");
    expect(html).not.toContain("hidden");
    expect(warnings).toEqual([]);
  });
});
