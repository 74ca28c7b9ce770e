import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/markdown/sanitise-schema";
import { renderFixture } from "../../src/testing/render-fixture";

/** 20em, and as far in the other units at 16px to the em (math-length-limits.ts). */
const LIMIT_EM = 20;
const EMS_PER_UNIT: Record<string, number> = {
  em: 1,
  ex: 0.5,
  mu: 1 / 18,
  px: 1 / 16,
  pt: 1 / 12,
  pc: 1,
  in: 6,
  cm: 6 / 2.54,
  mm: 0.6 / 2.54,
};

/** Every length in the page's formulas, in ems, signed; the TeX source in `<annotation>` is not a length. */
function lengthsOf(html: string): number[] {
  const markup = html.replace(/<annotation[^>]*>[^<]*<\/annotation>/g, "");
  return [...markup.matchAll(/([+-]?(?:\d+(?:\.\d*)?|\.\d+))(em|ex|mu|px|pt|pc|in|cm|mm)\b/g)].map(
    ([, number, unit]) => Number(number) * (EMS_PER_UNIT[unit ?? ""] ?? Number.NaN),
  );
}

function mathHtml(source: string): string {
  const { html, warnings } = renderFixture(source);
  expect(warnings).toEqual([]);
  return html;
}

describe("lengths in formulas", () => {
  it.each([
    ["a rule as wide as a city", "$\\rule{100000em}{1em}$", '<mspace width="20em" height="1em">'],
    ["a rule as tall", "$\\rule{1em}{99999pc}$", '<mspace width="1em" height="240pt">'],
    ["a kern pulling text back", "$a\\kern{-99999em}b$", '<mrow style="margin-left:-20em;">'],
    ["a wide \\hspace", "$\\hspace{50000em}$", '<mspace width="20em">'],
    ["a \\hspace in inches", "$\\hspace{99999in}$", '<mspace width="3in">'],
    ["a \\kern in pixels", "$\\kern9999px$", '<mspace width="320px">'],
    ["a \\hskip in ciceros", "$\\hskip 9999cc$", '<mspace width="240pt">'],
    ["math units forwards", "$\\mskip 99999mu$", '<mspace width="20em">'],
    ["math units backwards", "$\\mkern-99999mu$", '<mrow style="margin-left:-20em;">'],
    ["a raised box", "$\\raisebox{99999em}{x}$", '<mpadded voffset="20em" style="padding:20em 0 0 0;">'],
    ["a lowered box", "$\\raisebox{-99999em}{x}$", '<mpadded voffset="-20em" style="padding:0 0 20em 0;">'],
    ["a lowered rule", "$\\rule[-9999em]{1em}{1em}$", '<mpadded height="-20em" depth="+20em" voffset="0em">'],
    ["a fraction bar", "$\\genfrac{(}{)}{9999em}{0}{a}{b}$", '<mfrac linethickness="20em">'],
    [
      "stretched array rows",
      "$\\def\\arraystretch{9999}\\begin{matrix}a\\\\b\\end{matrix}$",
      'style="padding-top:40ex;padding-bottom:40ex;',
    ],
    [
      "array column gaps",
      "$\\def\\arraycolsep{9999em}\\begin{array}{cc}a&b\\end{array}$",
      'style="padding-left:0em;padding-right:20em;"',
    ],
    ["a kern in text", "$\\text{a\\kern9999em b}$", '<mspace width="20em">'],
  ])("are clamped to 20em either way: %s", (_what, source, clamped) => {
    const html = mathHtml(source);
    expect(html).toContain(clamped);
    const lengths = lengthsOf(html);
    expect(lengths.length).toBeGreaterThan(0);
    for (const length of lengths) expect(Math.abs(length)).toBeLessThanOrEqual(LIMIT_EM);
  });

  it("pull content out of a formula by 20em at most, however many there are", () => {
    const html = mathHtml(
      "$a\\kern-20em\\kern-20em\\kern-20em\\kern-20em b$ and $\\smash{\\raisebox{20em}{\\smash{\\raisebox{20em}{x}}}}$",
    );
    const [kerns = "", raises = ""] = html.split(" and ");
    expect(kerns).toContain(
      '<mrow style="margin-left:-20em;"></mrow><mrow style="margin-left:0em;"></mrow><mrow style="margin-left:0em;"></mrow><mrow style="margin-left:0em;"></mrow>',
    );
    expect(raises.match(/voffset="[^"]*"/g)).toEqual(['voffset="20em"', 'voffset="0em"']);
  });

  it("are kept as Temml wrote them in formulas in ordinary use", () => {
    const html = mathHtml(
      "$a \\quad b \\qquad c \\hspace{1em} d \\hspace{3cm} e \\, f \\! g$ $\\rule{1em}{0.4pt}$ $\\rule[-2pt]{3cm}{1pt}$ $\\frac{a}{b}$ $\\begin{pmatrix}a&b\\\\c&d\\end{pmatrix}$ $\\def\\arraystretch{1.5}\\begin{array}{c}a\\end{array}$ $\\raisebox{0.5em}{x}$ $\\bigl( \\Bigg)$ $\\Huge x$ $\\xrightarrow{abc}$ $\\mathclap{x}$ $\\KaTeX$\n",
    );
    for (const kept of [
      '<mspace width="1em"></mspace><mi>b</mi><mspace width="2em"></mspace>',
      '<mspace width="1em"></mspace><mi>d</mi><mspace width="3cm"></mspace>',
      '<mspace width="0.1667em"></mspace><mi>f</mi><mrow style="margin-left:-0.1667em;"></mrow>',
      '<mspace width="1em" height="0.3985pt"></mspace>',
      '<mpadded height="-1.9925pt" depth="+1.9925pt" voffset="-1.9925pt"><mspace width="3cm" height="0.9963pt">',
      '<mtd style="padding-left:0em;padding-right:5.9776pt;">',
      '<mtd style="padding-top:1.2999999999999996ex;padding-bottom:1.2999999999999996ex;padding-left:0pt;padding-right:0pt;">',
      '<mpadded voffset="0.5em" style="padding:0.5em 0 0 0;">',
      'minsize="1.2em" maxsize="1.2em"',
      'minsize="3em" maxsize="3em"',
      '<mstyle mathsize="2.4880em">',
      '<mspace width="3.5000em"></mspace>',
      '<mpadded lspace="-0.5width" width="0.1px">',
      '<mpadded voffset="0.2em" style="padding:0.2em 0 0 0;">',
      '<mpadded voffset="-0.2155em" style="padding:0 0 0.2155em 0;">',
    ])
      expect(html).toContain(kept);
  });

  it("are refused by the sanitiser when out of range in MathML no formula wrote (a page's own HTML)", () => {
    const page = sanitize(
      h("math", [
        h("mspace", { width: "99999em", height: "1em" }),
        h("mpadded", { voffset: "-5000pt", lspace: "3em", width: "-1width" }),
        h("mtable", { columnspacing: "1em 9999em" }),
        h("mo", { minsize: "100vh", maxsize: "2em" }),
        h("mstyle", { mathsize: "9999%", scriptlevel: "-9" }),
        h("mstyle", { mathsize: "70%", scriptlevel: "1" }),
        h("mtd", { style: "padding-left:9999em;" }),
        h("mtd", { style: "padding:20em 0 0 0;" }),
      ]),
      articleSchema,
    );
    expect(toHtml(page)).toBe(
      '<math><mspace height="1em"></mspace><mpadded lspace="3em" width="-1width"></mpadded><mtable></mtable><mo maxsize="2em"></mo><mstyle></mstyle><mstyle mathsize="70%" scriptlevel="1"></mstyle><mtd></mtd><mtd style="padding:20em 0 0 0;"></mtd></math>',
    );
  });
});
