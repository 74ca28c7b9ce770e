import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writesMath } from "../src/site/math-syntax";
import { renderFixture } from "../src/testing/render-fixture";

describe("whether a book writes $…$ math", () => {
  const sites: string[] = [];
  /** A site folder with a docs folder, and the config given (none when undefined); returns the docs folder. */
  const site = (config?: { name: string; text: string }) => {
    const root = mkdtempSync(join(tmpdir(), "pagewise-math-"));
    sites.push(root);
    mkdirSync(join(root, "docs"));
    if (config !== undefined) writeFileSync(join(root, config.name), config.text);
    return join(root, "docs");
  };
  afterEach(() => {
    for (const root of sites.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it("asks the site's config when there is one beside the docs", () => {
    const withMath = site({
      name: "docusaurus.config.ts",
      text: "import remarkMath from 'remark-math';\nexport default { presets: [] };\n",
    });
    const without = site({ name: "docusaurus.config.js", text: "module.exports = { title: 'x' };\n" });
    expect(writesMath(withMath, ["No dollars here."])).toBe(true);
    // The config says no: dollars stay dollars, whatever the pages hold.
    expect(writesMath(without, ["$$\nx^2\n$$\n"])).toBe(false);
  });

  it("reads the pages when there is no config: a $$ block or an inline $…$ holding LaTeX", () => {
    const docs = site();
    expect(writesMath(docs, ["Intro.", "$$\nI = \\int_0^1 x\\,dx\n$$\n"])).toBe(true);
    expect(writesMath(docs, ["Let $\\alpha$ be small."])).toBe(true);
    expect(writesMath(docs, ["The area is $x^2$."])).toBe(true);
  });

  it("is not fooled by prices, shell variables or code", () => {
    const docs = site();
    expect(
      writesMath(docs, [
        "It costs $5 a month and $50 a year.",
        "Set $HOME_DIR and $PATH first.",
        "Run `echo $x^2$` or:\n\n```sh\necho $$\nprintf '$\\n'\n```\n",
        "~~~latex\n$$\n\\frac{a}{b}\n$$\n~~~\n",
        // Backtick runs pair by length: "` ```mermaid `" is one span, and `$\alpha$` another.
        "Write ` ```mermaid ` blocks, or `$\\alpha$` for math, then `x`.",
      ]),
    ).toBe(false);
  });

  it("leaves dollars as text in a book that does not write math", () => {
    const { html } = renderFixture("It costs $5 a month and $50 a year.\n", { math: false });
    expect(html).toContain("<p>It costs $5 a month and $50 a year.</p>");
    expect(html).not.toContain("<math");
  });
});
