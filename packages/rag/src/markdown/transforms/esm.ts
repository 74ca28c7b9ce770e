import { toString as plainText } from "mdast-util-to-string";
import type { Root } from "mdast";
import type { TransformContext } from "../transform-context";

/**
 * MDX `import`/`export` lines are code, not content: they go, but what they
 * import is remembered (name → source), so that `<Partial />`, `<img src={logo}>`
 * and known theme components can be recognised later.
 */
export function dropEsm(tree: Root, context: TransformContext): void {
  tree.children = tree.children.filter((node) => {
    if (node.type !== "mdxjsEsm") return true;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== "ImportDeclaration" || typeof statement.source.value !== "string") continue;
      for (const specifier of statement.specifiers) context.imports.set(specifier.local.name, statement.source.value);
    }
    return false;
  });
}

/** A page read as plain Markdown still must not show its `import`/`export` lines. */
export function dropEsmLines(tree: Root): void {
  tree.children = tree.children.filter(
    (node) => node.type !== "paragraph" || !/^(?:import\s[\s\S]*?\sfrom\s|export\s)/.test(plainText(node)),
  );
}
