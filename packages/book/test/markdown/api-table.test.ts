import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

const table =
  "| Name | Type |\n| --- | --- |\n| `onBrokenLinks` | `string` |\n| **baseUrl** and more | `string` |\n|  | `empty` |\n";

describe("<APITable>", () => {
  it("gives each body row the id of its first cell's text, without reporting the component", () => {
    const { html, headingIds, warnings } = renderFixture(`<APITable>\n\n${table}\n</APITable>\n`);
    expect(html).toContain('<tr id="onBrokenLinks">\n<td><code>onBrokenLinks</code></td>');
    expect(html).toContain('<tr id="baseUrl">\n<td><strong>baseUrl</strong> and more</td>');
    expect(html).toContain("<tr>\n<th>Name</th>");
    expect(html).toContain("<tr>\n<td></td>");
    expect(html).not.toContain("APITable");
    expect([...headingIds]).toEqual(["onBrokenLinks", "baseUrl"]);
    expect(warnings).toEqual([]);
  });

  it("prefixes the ids with the table's name", () => {
    const { html, headingIds } = renderFixture(`<APITable name="navbar">\n\n${table}\n</APITable>\n`);
    expect(html).toContain('<tr id="navbar-onBrokenLinks">');
    expect(headingIds.has("navbar-baseUrl")).toBe(true);
  });

  it("reads the website's layout, the component's tags in mdx-code-block fences", () => {
    const { html } = renderFixture(
      "```mdx-code-block\n<APITable>\n```\n\n| Option | Type |\n| --- | --- |\n| `customCss` | `string[]` |\n\n```mdx-code-block\n</APITable>\n```\n",
    );
    expect(html).toContain('<tr id="customCss">');
  });
});
