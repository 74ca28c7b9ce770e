import type { RootContent } from "mdast";
import type { LiteralValue } from "../evaluate-literal";
import type { TabPanelNode } from "../page-nodes";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";

/**
 * `<Tabs>`/`<TabItem>` become tabs nodes: each item's `value`, its label
 * (the Tabs `values` prop's label for it, else `label`, else the value), and
 * which one is selected (the Tabs `defaultValue`, else `default` on an item, else the first),
 * with the Tabs `groupId` and the search param its `queryString` names.
 */
export function rewriteTabs(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name !== "Tabs")
    return undefined;
  const props = readAttributes(node, context, { quiet: true });
  const labels = valueLabels(props.get("values"));
  const items = tabItems(node.children);
  const panels: TabPanelNode[] = items.map((item, index) => {
    const itemProps = readAttributes(item, context, { quiet: true });
    const value = stringValue(itemProps.get("value")) ?? stringValue(itemProps.get("label")) ?? String(index + 1);
    return {
      type: "tabPanel",
      value,
      // As in Docusaurus, the Tabs props win over the TabItem ones.
      label: labels.get(value) ?? stringValue(itemProps.get("label")) ?? value,
      selected: itemProps.get("default") === true,
      children: item.type === "mdxJsxTextElement" ? [{ type: "paragraph", children: item.children }] : item.children,
      position: item.position,
    };
  });
  if (panels.length === 0) return node.children;
  const defaultValue = stringValue(props.get("defaultValue"));
  const chosen =
    panels.find((panel) => panel.value === defaultValue) ?? panels.find((panel) => panel.selected) ?? panels[0];
  for (const panel of panels) panel.selected = panel === chosen;
  const groupId = stringValue(props.get("groupId"));
  return [
    {
      type: "tabs",
      groupId,
      queryString: queryStringKey(props.get("queryString"), groupId, node, context),
      children: panels,
      position: node.position,
    },
  ];
}

/**
 * The search param that selects a tab (`?os=mac`), as Docusaurus's `getQueryStringKey` reads
 * `queryString`: a string is the param's name, `true` means the groupId (an error in Docusaurus
 * without one; here reported, and the tabs kept without it).
 */
function queryStringKey(
  value: LiteralValue | undefined,
  groupId: string | undefined,
  node: JsxElement,
  context: TransformContext,
): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (value !== true) return undefined;
  if (groupId === undefined)
    context.warn("other", node, "<Tabs queryString> without a groupId names no search param: ignored");
  return groupId;
}

function tabItems(children: RootContent[]): JsxElement[] {
  return children.flatMap((child): JsxElement[] => {
    if ((child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement") && child.name === "TabItem")
      return [child];
    // `<Tabs><TabItem …>` written on one line puts the items inside a paragraph.
    if (child.type === "paragraph") return tabItems(child.children);
    return [];
  });
}

/** `values={[{label: 'npm', value: 'npm'}, …]}` as value → label. */
function valueLabels(values: LiteralValue | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  if (!Array.isArray(values)) return labels;
  for (const entry of values) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) continue;
    const value = stringValue(entry.value);
    const label = stringValue(entry.label);
    if (value !== undefined) labels.set(value, label ?? value);
  }
  return labels;
}
