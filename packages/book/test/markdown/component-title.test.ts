import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

describe("an unknown component's title", () => {
  it("is shown as a label before the component's content", () => {
    const { html, chunks } = renderFixture(
      '## Caching\n\n<DetailedExplanation title="Why?">\n\nBecause **it is** faster.\n\n</DetailedExplanation>\n',
    );
    expect(html).toContain(
      '<div><p class="component-title"><strong>Why?</strong></p><p>Because <strong>it is</strong> faster.</p></div>',
    );
    expect(chunks[0]?.body).toContain("Why?");
  });

  it("is text: markup in it is escaped, and an empty or computed one adds nothing", () => {
    const { html } = renderFixture(
      '<Note title="<img src=x onerror=alert(1)>">\n\nA.\n\n</Note>\n\n<Note title="  ">\n\nB.\n\n</Note>\n\n<Note title={props.title}>\n\nC.\n\n</Note>\n',
    );
    expect(html).toContain('<p class="component-title"><strong>&#x3C;img src=x onerror=alert(1)></strong></p>');
    expect(html).not.toContain("<img");
    expect(html).toContain("<div><p>B.</p></div>");
    expect(html).toContain("<div><p>C.</p></div>");
  });
});
