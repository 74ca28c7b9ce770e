import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

const items = '<TabItem value="mac">Mac</TabItem>\n<TabItem value="win">Windows</TabItem>\n';

describe("<Tabs queryString>", () => {
  it("names the search param that selects a tab", () => {
    const { html } = renderFixture(`<Tabs queryString="os">\n${items}</Tabs>\n`);
    expect(html).toContain('<div class="tabs" data-query-string="os"><div role="tablist"');
  });

  it("uses the groupId when queryString is true, as Docusaurus does", () => {
    const { html } = renderFixture(`<Tabs groupId="operating-systems" queryString>\n${items}</Tabs>\n`);
    expect(html).toContain(
      '<div class="tabs" data-group-id="operating-systems" data-query-string="operating-systems">',
    );
  });

  it("reports queryString true without a groupId, and adds no param", () => {
    const { html, warnings } = renderFixture(`<Tabs queryString>\n${items}</Tabs>\n\n<Tabs>\n${items}</Tabs>\n`);
    expect(html).not.toContain("data-query-string");
    expect(warnings).toEqual([
      expect.objectContaining({ kind: "other", line: 3, message: expect.stringContaining("groupId") }),
    ]);
  });
});
