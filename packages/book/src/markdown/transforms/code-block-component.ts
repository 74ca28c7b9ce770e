import type { RootContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import { evaluateProgram } from "../evaluate-literal";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";

/**
 * `block`: Docusaurus's `<CodeBlock>` (whatever it is imported from: sites wrap the theme's), or
 * any name imported from `@theme/CodeBlock`. `mdx-code`: the MDX `code` component
 * (`@theme/MDXComponents/Code`), which sites register globally as `<Code>`; a `Code` the page
 * imports from anywhere else is its own component.
 */
export type CodeComponentKind = "block" | "mdx-code";

export function codeComponentKind(name: string, context: TransformContext): CodeComponentKind | undefined {
  const source = context.imports.get(name);
  if (source === "@theme/CodeBlock" || (name === "CodeBlock" && source !== "@theme/MDXComponents/Code")) return "block";
  if (source === "@theme/MDXComponents/Code" || (name === "Code" && source === undefined)) return "mdx-code";
  return undefined;
}

/**
 * The component as the code node a fence would give, its props (`language` or a `language-x`
 * class, `title`, `showLineNumbers` or `showLineNumbers={N}`, `metastring`) read as Docusaurus's
 * CodeBlock reads them. Inline code instead where Docusaurus shows it inline (the MDX `code`
 * component given text without a newline), or where a block cannot be (one line in a paragraph).
 */
export function codeFromComponent(node: JsxElement, kind: CodeComponentKind, context: TransformContext): RootContent {
  const props = readAttributes(node, context, { quiet: true });
  const written = codeText(node.children, context);
  const value = written.replace(/^\n+|\s+$/g, "");
  // Markdown children reach the MDX `code` component as elements, not a string: a block.
  const inline =
    kind === "mdx-code"
      ? !written.includes("\n") && node.children.every((child) => child.type !== "paragraph")
      : node.type === "mdxJsxTextElement" && !value.includes("\n");
  if (inline) {
    const code: RootContent = { type: "inlineCode", value, position: node.position };
    return node.type === "mdxJsxTextElement" ? code : { type: "paragraph", children: [code], position: node.position };
  }
  const language = stringValue(props.get("language")) ?? stringValue(props.get("className"))?.replace(/^language-/, "");
  const showLineNumbers = props.get("showLineNumbers");
  return {
    type: "code",
    lang: language ?? null,
    meta: stringValue(props.get("metastring")) ?? null,
    value,
    position: node.position,
    data: {
      pwCodeTitle: stringValue(props.get("title")),
      pwShowLineNumbers:
        typeof showLineNumbers === "boolean" || typeof showLineNumbers === "number" ? showLineNumbers : undefined,
    },
  };
}

// `<CodeBlock>{`…`}</CodeBlock>` and `<Code>{'…'}</Code>` hold their code as a literal; plain children are taken as text.
function codeText(children: RootContent[], context: TransformContext): string {
  return children
    .map((child) => {
      if (child.type === "mdxFlowExpression" || child.type === "mdxTextExpression") {
        const evaluated = evaluateProgram(child.data?.estree, context.imports);
        return evaluated.kind === "value" && typeof evaluated.value === "string" ? evaluated.value : "";
      }
      if (child.type === "paragraph") return codeText(child.children, context);
      return plainText(child);
    })
    .join("");
}
