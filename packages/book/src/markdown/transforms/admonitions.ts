import type { PhrasingContent, RootContent } from "mdast";
import type { AdmonitionKind, AdmonitionTitleNode } from "../page-nodes";
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
    const children = labelled ? [titleNode(first.children), ...rest] : node.children;
    return [{ type: "admonition", kind, children, position: node.position }];
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
  const body: RootContent[] =
    node.type === "mdxJsxTextElement" ? [{ type: "paragraph", children: node.children }] : node.children;
  return {
    type: "admonition",
    kind,
    children: title === undefined ? body : [titleNode([{ type: "text", value: title }]), ...body],
    position: node.position,
  };
}

function titleNode(children: PhrasingContent[]): AdmonitionTitleNode {
  return { type: "admonitionTitle", children };
}
