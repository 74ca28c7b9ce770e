import type { Element, ElementContent } from "hast";

/**
 * The article's code block markup (contract "Code block"): a figure with an optional title, and a
 * focusable `<pre>` (it scrolls) holding one `span.code-line` per line, each followed by "\n" so
 * the `<code>` text is the code itself for the copy button.
 *
 * Line numbers are a CSS counter the stylesheet resets on `<code>`; a block numbered from N resets
 * it to N - 1 inline, as Docusaurus does, so the numbers are right with no script and no new CSS.
 */
export function codeFigure(options: {
  language: string;
  title: string | undefined;
  lines: ElementContent[][];
  highlighted: ReadonlySet<number>;
  lineNumbersStart: number | undefined;
}): Element {
  const { language, title, lines, highlighted, lineNumbersStart } = options;
  const code: ElementContent[] = lines.flatMap((children, index): ElementContent[] => [
    {
      type: "element",
      tagName: "span",
      properties: { className: highlighted.has(index) ? ["code-line", "highlighted"] : ["code-line"] },
      children,
    },
    { type: "text", value: "\n" },
  ]);
  const preClasses = ["hljs", `language-${language}`];
  if (lineNumbersStart !== undefined) preClasses.push("line-numbers");
  const pre: Element = {
    type: "element",
    tagName: "pre",
    properties:
      lineNumbersStart !== undefined && lineNumbersStart !== 1
        ? { tabIndex: 0, className: preClasses, dataStart: lineNumbersStart }
        : { tabIndex: 0, className: preClasses },
    children: [
      {
        type: "element",
        tagName: "code",
        properties:
          lineNumbersStart !== undefined && lineNumbersStart !== 1 ? { style: lineCounterReset(lineNumbersStart) } : {},
        children: code,
      },
    ],
  };
  const caption: Element[] =
    title === undefined
      ? []
      : [
          {
            type: "element",
            tagName: "figcaption",
            properties: { className: ["code-title"] },
            children: [{ type: "text", value: title }],
          },
        ];
  return {
    type: "element",
    tagName: "figure",
    properties: { className: ["code-block"], dataLanguage: language },
    children: [...caption, pre],
  };
}

/** The only inline style an article's `<code>` may carry (sanitise-schema.ts allows exactly this form). */
export const LINE_COUNTER_RESET = /^counter-reset: line -?\d{1,9}$/;

function lineCounterReset(start: number): string {
  return `counter-reset: line ${start - 1}`;
}
