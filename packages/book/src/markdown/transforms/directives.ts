import type { PhrasingContent, RootContent } from "mdast";
import type { TransformContext } from "../transform-context";

/**
 * Directives that are not admonitions were never meant as directives: `10:30`,
 * `:smile:` or `::note` in prose. Like Docusaurus, give them back their text
 * (a container's content is kept, in the flow) rather than lose it.
 */
export function rewriteUnknownDirective(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type === "textDirective") return literal(":", node.name, node.children, node.attributes);
  if (node.type === "leafDirective") {
    return [
      {
        type: "paragraph",
        children: literal("::", node.name, node.children, node.attributes),
        position: node.position,
      },
    ];
  }
  if (node.type === "containerDirective") {
    context.warn("other", node, `:::${node.name} is not an admonition type; its content is shown as is`);
    return node.children.filter((child) => !(child.type === "paragraph" && child.data?.directiveLabel === true));
  }
  return undefined;
}

function literal(
  colons: string,
  name: string,
  label: PhrasingContent[],
  attributes: Record<string, string | null | undefined> | null | undefined,
): PhrasingContent[] {
  const parts: PhrasingContent[] = [{ type: "text", value: `${colons}${name}` }];
  if (label.length > 0) parts.push({ type: "text", value: "[" }, ...label, { type: "text", value: "]" });
  const entries = Object.entries(attributes ?? {});
  if (entries.length > 0) {
    const text = entries.map(([key, value]) => (value ? `${key}="${value}"` : key)).join(" ");
    parts.push({ type: "text", value: `{${text}}` });
  }
  return parts;
}
