import type { PhrasingContent, RootContent } from "mdast";
import type { AdmonitionKind } from "../page-nodes";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";

const KINDS: ReadonlySet<string> = new Set(["note", "tip", "info", "warning", "danger", "caution", "important"]);
// Docusaurus v2 names still found in older books.
const ALIASES: Readonly<Record<string, AdmonitionKind>> = { secondary: "note", success: "tip" };

export function admonitionKind(name: string): AdmonitionKind | undefined {
  const lower = name.toLowerCase();
  if (isKind(lower)) return lower;
  return ALIASES[lower];
}

function isKind(name: string): name is AdmonitionKind {
  return KINDS.has(name);
}

/** `:::tip[Title]` … `:::` (titles, nesting and code inside) and `<Admonition type title>` become admonition nodes. */
export function rewriteAdmonition(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type === "containerDirective") {
    const kind = admonitionKind(node.name);
    if (kind === undefined) return undefined;
    const [first, ...rest] = node.children;
    const labelled = first?.type === "paragraph" && first.data?.directiveLabel === true;
    const title: PhrasingContent[] = labelled ? first.children : [];
    const children = labelled ? rest : node.children;
    return [{ type: "admonition", kind, title, children, position: node.position }];
  }
  if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Admonition") {
    return [admonitionFromJsx(node, context)];
  }
  return undefined;
}

function admonitionFromJsx(node: JsxElement, context: TransformContext): RootContent {
  const props = readAttributes(node, context);
  const kind = admonitionKind(stringValue(props.get("type")) ?? "note") ?? "note";
  const title = stringValue(props.get("title"));
  return {
    type: "admonition",
    kind,
    title: title === undefined ? [] : [{ type: "text", value: title }],
    children: node.type === "mdxJsxTextElement" ? [{ type: "paragraph", children: node.children }] : node.children,
    position: node.position,
  };
}
