import type { RootContent, Table } from "mdast";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";

/**
 * Docusaurus's `<APITable>` (its own site's component, copied by many): the table it wraps, each
 * body row given the id its component gives it, the text its first cell starts with
 * (`` `onBrokenLinks` `` → `onBrokenLinks`), after `name-` when the table has a `name`, so
 * `#onBrokenLinks` lands on the option's row. heading-ids.ts counts those ids as the page's anchors.
 */
export function apiTable(node: JsxElement, context: TransformContext): RootContent[] {
  const name = stringValue(readAttributes(node, context, { quiet: true }).get("name"));
  for (const table of tablesIn(node.children)) {
    for (const row of table.children.slice(1)) {
      const entry = firstText(row.children[0]);
      if (entry === undefined || entry === "") continue;
      row.data = { ...row.data, hProperties: { ...row.data?.hProperties, id: name ? `${name}-${entry}` : entry } };
    }
  }
  return node.children;
}

function tablesIn(nodes: readonly RootContent[]): Table[] {
  return nodes.flatMap((child): Table[] => {
    if (child.type === "table") return [child];
    // Its table may sit in a wrapper the page put around it.
    return "children" in child ? tablesIn(child.children) : [];
  });
}

// The component's getText: down the first child of each element to the first text.
function firstText(node: RootContent | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? firstText(node.children[0]) : undefined;
}
