import type { RootContent } from "mdast";
import { evaluateProgram, literalText } from "../evaluate-literal";
import type { TransformContext } from "../transform-context";
import { shorten } from "./jsx-attributes";

/**
 * `{' '}`, `{"x"}`, template literals without substitutions and numbers become
 * their text; `{/* comments *\/}` vanish silently; anything else (it would need
 * the page's code to run) is dropped and counted.
 */
export function rewriteExpression(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type !== "mdxFlowExpression" && node.type !== "mdxTextExpression") return undefined;
  const evaluated = evaluateProgram(node.data?.estree, context.imports);
  if (evaluated.kind === "empty") return [];
  const text = evaluated.kind === "value" ? literalText(evaluated.value) : undefined;
  if (text === undefined) {
    context.warn("dropped-mdx", node, `expression {${shorten(node.value)}} dropped`);
    return [];
  }
  if (node.type === "mdxTextExpression") return [{ type: "text", value: text, position: node.position }];
  if (text.trim() === "") return [];
  return [{ type: "paragraph", children: [{ type: "text", value: text }], position: node.position }];
}
