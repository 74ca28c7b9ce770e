import type { ElementContent, RootContent } from "hast";
import { grammarFor, lowlight } from "./code-language";

/**
 * The code as one list of hast nodes per line. highlight.js emits tokens that span newlines
 * (block comments, template strings); each such token is split at the newline and re-opened with
 * the same classes on the next line, so every line is self-contained markup.
 */
export function highlightLines(code: string, language: string): ElementContent[][] {
  const lineCount = code.split("\n").length;
  const grammar = grammarFor(language);
  const nodes: ElementContent[] =
    grammar === undefined ? [{ type: "text", value: code }] : contentOf(lowlight.highlight(grammar, code).children);
  const lines = splitIntoLines(nodes);
  // highlight.js keeps every character, so the counts agree; padding guards the markup if not.
  while (lines.length < lineCount) lines.push([]);
  return lines;
}

function contentOf(nodes: readonly RootContent[]): ElementContent[] {
  // remark-mdx's types add MDX nodes to hast's RootContent; lowlight only emits these three.
  return nodes.flatMap((node) =>
    node.type === "element" || node.type === "text" || node.type === "comment" ? [node] : [],
  );
}

function splitIntoLines(nodes: readonly ElementContent[]): ElementContent[][] {
  let current: ElementContent[] = [];
  const lines: ElementContent[][] = [current];
  const startLine = () => {
    current = [];
    lines.push(current);
  };
  for (const node of nodes) {
    if (node.type === "text") {
      node.value.split("\n").forEach((part, index) => {
        if (index > 0) startLine();
        if (part !== "") current.push({ type: "text", value: part });
      });
    } else if (node.type === "element") {
      splitIntoLines(node.children).forEach((children, index) => {
        if (index > 0) startLine();
        if (children.length > 0) {
          current.push({ type: "element", tagName: node.tagName, properties: { ...node.properties }, children });
        }
      });
    }
  }
  return lines;
}
