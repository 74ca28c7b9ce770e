import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const SITE_CONFIGS = ["ts", "mts", "js", "mjs", "cjs"].map((extension) => `docusaurus.config.${extension}`);
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
// A code span closes on a run of exactly as many backticks as opened it (CommonMark).
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
const DISPLAY_MATH = /^[ \t]*\$\$/m;
// A `$…$` pair on one line holding a LaTeX command (`\alpha`) or a superscript (`x^2`): math, where
// "$5 and $10" or "$HOME and $PATH" is not.
const INLINE_MATH = /\$(?=\S)[^$\n]*(?:\\[A-Za-z]+|\^)[^$\n]*(?<=\S)\$/;

/**
 * Whether the book writes math as `$…$` and `$$…$$`. Docusaurus parses it only on a site that adds
 * `remark-math`, so the site's config decides when it is beside the docs folder; without one, the
 * pages do: a `$$` block, or an inline `$…$` that holds LaTeX. A book that uses neither keeps its
 * dollar signs as text, as Docusaurus would show them.
 */
export function writesMath(docsRoot: string, texts: Iterable<string>): boolean {
  const config = siteConfig(docsRoot);
  if (config !== undefined) return /remark-math|rehype-katex/.test(config);
  for (const text of texts) {
    const prose = text.replace(FENCE, "").replace(CODE_SPAN, "");
    if (DISPLAY_MATH.test(prose) || INLINE_MATH.test(prose)) return true;
  }
  return false;
}

function siteConfig(docsRoot: string): string | undefined {
  for (const name of SITE_CONFIGS) {
    try {
      return readFileSync(join(dirname(docsRoot), name), "utf8");
    } catch {
      // Not this one.
    }
  }
  return undefined;
}
