import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { h } from "hastscript";
import temml from "temml";
import { clampMathLengths } from "./clamp-math-lengths";

/** What Docusaurus's KaTeX knows and Temml does not. */
const KATEX_MACROS = { "\\KaTeX": "\\text{K\\kern-.17em\\raisebox{0.2em}{\\scriptsize A}\\kern-.15em\\TeX}" };

/**
 * `$…$` and `$$…$$` (remark-math, as a Docusaurus site with KaTeX parses
 * them) as MathML, made by Temml (KaTeX's LaTeX parser, writing MathML for
 * browsers to lay out) at ingest. Every current browser lays MathML out
 * itself, with the reader's math font (apps/web's math.css), so no script
 * runs, and of Temml's inline styles only a few layout ones pass the
 * sanitiser (sanitise-schema.ts), and no length reaches further than
 * clamp-math-lengths.ts allows. LaTeX Temml cannot read
 * is shown as its source, marked `math-error` with the parser's message as
 * its title, and reported to the caller.
 */
export function renderMath(tex: string, display: boolean): { element: Element; error: string | undefined } {
  const className = ["math", display ? "math-display" : "math-inline"];
  try {
    const html = temml.renderToString(tex, {
      displayMode: display,
      // The TeX source rides along (screen readers and copying); Chromium does not show it.
      annotate: true,
      throwOnError: true,
      // Docusaurus's KaTeX only warns about non-standard LaTeX (unicode text in math and the like).
      strict: false,
      // No \href, \url or \class: the book's LaTeX makes no links or markup of its own.
      trust: false,
      macros: KATEX_MACROS,
    });
    return { element: h(display ? "div" : "span", { className }, mathOf(html)), error: undefined };
  } catch (error) {
    const message = readable(error instanceof Error ? error.message : String(error));
    const source = display ? `$$${tex}$$` : `$${tex}$`;
    return {
      element: h(display ? "pre" : "code", { className: [...className, "math-error"], title: message }, source),
      error: message,
    };
  }
}

/** The `<math>` element of Temml's output, its lengths clamped. */
function mathOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== "element") continue;
      if (node.tagName === "math") {
        clampMathLengths(node);
        found.push(node);
      } else visit(node);
    }
  };
  visit(fromHtml(html, { fragment: true }));
  return found;
}

/** Temml's message without the combining underlines it draws under the bad input, on one line. */
function readable(message: string): string {
  return message
    .replace(/\u0332/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
