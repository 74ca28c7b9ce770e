import type { RootContent } from "mdast";
import { renderMath } from "../render-math";
import type { TransformContext } from "../transform-context";

/**
 * `$…$` and `$$…$$` typeset once, here, so a page's LaTeX errors are reported
 * with its other warnings (every ingest, changed page or not). The node keeps
 * its LaTeX for the retrieval sections; its `h*` data is what the HTML shows.
 */
export function rewriteMath(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type !== "math" && node.type !== "inlineMath") return undefined;
  const { element, error } = renderMath(node.value, node.type === "math");
  if (error !== undefined) context.warn("other", node, `math shown as its LaTeX: ${error}`);
  node.data = { ...node.data, hName: element.tagName, hProperties: element.properties, hChildren: element.children };
  return [node];
}
