import mermaid from "mermaid";
import { describe, expect, it } from "vitest";
import { MERMAID_LOCKED_KEYS, mermaidConfig } from "../src/lib/article/mermaid-config";

/** The configuration Mermaid draws `source` with, after its directives, as `mermaid.render` applies them. */
async function configFor(theme: "light" | "dark", source: string) {
  mermaid.initialize(mermaidConfig(theme));
  await mermaid.parse(source);
  return mermaid.mermaidAPI.getConfig();
}

const RESTYLING =
  '{"themeCSS": "svg{display:none}", "themeVariables": {"primaryColor": "#ff0000"}, "theme": "forest", "darkMode": true, "look": "handDrawn", "fontFamily": "Comic Sans MS", "fontSize": 40, "htmlLabels": false, "securityLevel": "loose", "secure": [], "dompurifyConfig": {"ADD_TAGS": ["foreignObject"]}, "flowchart": {"curve": "step"}}';

describe("Mermaid's configuration (use-mermaid-diagrams.ts)", () => {
  it("keeps Mermaid's own secure keys", () => {
    expect(MERMAID_LOCKED_KEYS).toEqual(expect.arrayContaining(mermaid.mermaidAPI.defaultConfig.secure ?? ["none"]));
  });

  it.each([
    ["an %%{init}%% directive", `%%{init: ${RESTYLING}}%%\ngraph TD\n  A-->B\n`],
    ["front matter", `---\nconfig: ${RESTYLING}\n---\ngraph TD\n  A-->B\n`],
  ])("lets no diagram restyle itself or the page from %s, but leaves it its layout", async (_where, source) => {
    const plain = await configFor("light", "graph TD\n  A-->B\n");
    const config = await configFor("light", source);
    expect(config.themeCSS).toBeUndefined();
    expect(config.themeVariables).toEqual(plain.themeVariables);
    for (const key of MERMAID_LOCKED_KEYS) expect(config[key], key).toEqual(plain[key]);
    expect(config.theme).toBe("default");
    expect(config.securityLevel).toBe("strict");
    expect(config.flowchart?.curve).toBe("step");
  });

  it("draws in the reader's theme", async () => {
    expect((await configFor("dark", "graph TD\n  A-->B\n")).theme).toBe("dark");
    expect((await configFor("light", "graph TD\n  A-->B\n")).theme).toBe("default");
  });
});
