import type { Root, RootContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import type { TransformContext } from "../transform-context";

/**
 * MDX `import`/`export` lines are code, not content: they go, but what they
 * import is remembered (name → source), so that `<Partial />`, `<img src={logo}>`
 * and known theme components can be recognised later.
 */
export function dropEsm(tree: Root, context: TransformContext): void {
  tree.children = tree.children.flatMap((node) => rewriteEsm(node, context) ?? [node]);
}

/** The same for ESM MDX found inside a JSX element (Docusaurus pages put imports next to where they use them). */
export function rewriteEsm(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type !== "mdxjsEsm") return undefined;
  for (const statement of node.data?.estree?.body ?? []) {
    if (statement.type !== "ImportDeclaration" || typeof statement.source.value !== "string") continue;
    for (const specifier of statement.specifiers) context.imports.set(specifier.local.name, statement.source.value);
  }
  return [];
}

const ESM_LINE = /^\s*(?:import\s[\s\S]*?\sfrom\s+(['"])[^'"]+\1|import\s+(['"])[^'"]+\2|export\s[\s\S]*)\s*;?\s*$/;
const DEFAULT_IMPORT = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2/;

/**
 * `import`/`export` lines MDX did not take as ESM (inside a JSX element, or in
 * a page read as plain Markdown) are still code, not prose: dropped, and a
 * default import remembered like a real one.
 */
export function rewriteEsmParagraph(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type !== "paragraph") return undefined;
  const text = plainText(node);
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 0 || !/^\s*(?:import|export)\s/.test(text) || !lines.every((line) => ESM_LINE.test(line)))
    return undefined;
  for (const line of lines) {
    const match = DEFAULT_IMPORT.exec(line);
    if (match?.[1] !== undefined && match[3] !== undefined) context.imports.set(match[1], match[3]);
  }
  return [];
}
