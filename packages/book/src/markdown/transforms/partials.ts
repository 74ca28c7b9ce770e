import type { PhrasingContent, RootContent } from "mdast";
import type { TransformContext } from "../transform-context";

const PARTIAL = /\.mdx?$/i;

/** `import Shared from './_shared.mdx'` then `<Shared />`: the partial's content, transformed, in its place. */
export function rewritePartial(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name === null) return undefined;
  const source = context.imports.get(node.name);
  if (source === undefined || !PARTIAL.test(source)) return undefined;
  const tree = context.loadPartial(source);
  if (tree === undefined) {
    context.warn("other", node, `partial ${source} (imported as <${node.name}>) is not in the book; nothing shown`);
    return [];
  }
  if (node.type === "mdxJsxFlowElement") return tree.children;
  return tree.children.flatMap((child): PhrasingContent[] => (child.type === "paragraph" ? child.children : []));
}
