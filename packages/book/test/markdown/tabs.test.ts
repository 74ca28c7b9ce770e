import { describe, expect, it } from "vitest";
import { renderFixture } from "../../src/testing/render-fixture";

const imports = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n";

describe("tabs", () => {
  it("renders keyboard-accessible tabs with the default one selected and the others hidden", () => {
    const { html } = renderFixture(
      `${imports}<Tabs groupId="os">\n  <TabItem value="mac" label="macOS">\n\nbrew install quill\n\n  </TabItem>\n  <TabItem value="win" label="Windows" default>\n\nwinget install quill\n\n  </TabItem>\n</Tabs>\n`,
    );
    expect(html).toContain(
      '<div class="tabs" data-group-id="os"><div role="tablist" class="tabs-list">' +
        '<button type="button" role="tab" id="tab-1-mac" aria-controls="panel-1-mac" aria-selected="false" tabindex="-1" data-value="mac">macOS</button>' +
        '<button type="button" role="tab" id="tab-1-win" aria-controls="panel-1-win" aria-selected="true" tabindex="0" data-value="win">Windows</button></div>',
    );
    expect(html).toContain(
      '<div role="tabpanel" id="panel-1-mac" aria-labelledby="tab-1-mac" data-value="mac" tabindex="0" hidden><p>brew install quill</p></div>',
    );
    expect(html).toContain(
      '<div role="tabpanel" id="panel-1-win" aria-labelledby="tab-1-win" data-value="win" tabindex="0"><p>winget install quill</p></div>',
    );
  });

  it("takes labels from the values prop and the selection from defaultValue, numbering tab sets per page", () => {
    const { html } = renderFixture(
      `${imports}<Tabs defaultValue="yarn" values={[{label: 'npm', value: 'npm'}, {label: 'Yarn', value: 'yarn'}]}>\n<TabItem value="npm">a</TabItem>\n<TabItem value="yarn">b</TabItem>\n</Tabs>\n\n<Tabs>\n<TabItem value="x">c</TabItem>\n</Tabs>\n`,
    );
    expect(html).toContain('<div class="tabs"><div role="tablist"');
    expect(html).toContain('aria-selected="false" tabindex="-1" data-value="npm">npm</button>');
    expect(html).toContain('aria-selected="true" tabindex="0" data-value="yarn">Yarn</button>');
    expect(html).toContain('id="tab-2-x"');
  });

  it("indexes the tabs' content as body text, without their labels", () => {
    const { chunks } = renderFixture(
      `${imports}<Tabs>\n<TabItem value="a" label="First">\n\nAlpha text.\n\n</TabItem>\n</Tabs>\n`,
    );
    expect(chunks[0]?.body).toBe("Alpha text.");
  });
});

describe("tabs props precedence", () => {
  it("lets the Tabs values and defaultValue win over the TabItem label and default", () => {
    const { html } = renderFixture(
      `${imports}<Tabs defaultValue="a" values={[{label: 'A 1', value: 'a'}, {label: 'B 1', value: 'b'}]}>\n<TabItem value="a" label="A 2">x</TabItem>\n<TabItem value="b" label="B 2" default>y</TabItem>\n</Tabs>\n`,
    );
    expect(html).toContain('aria-selected="true" tabindex="0" data-value="a">A 1</button>');
    expect(html).toContain('aria-selected="false" tabindex="-1" data-value="b">B 1</button>');
  });
});
