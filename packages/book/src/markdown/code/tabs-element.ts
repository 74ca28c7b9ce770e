import type { Element, ElementContent } from "hast";

/** One tab of a tabs element: `value` names it in ids and `data-value`. */
export interface TabSpec {
  value: string;
  label: string;
  content: ElementContent[];
}

/**
 * The article's tabs markup (contract "Tabs"): a tablist of buttons and one panel per tab, the
 * selected one (`selected`, else the first) visible, the others `hidden` until the SPA switches.
 * `n` is the page's tabs counter, so ids stay unique within the article.
 */
export function tabsElement(options: {
  n: number;
  tabs: readonly TabSpec[];
  groupId?: string | undefined;
  selected?: string | undefined;
}): Element {
  const { n, tabs, groupId } = options;
  const selected = tabs.some((tab) => tab.value === options.selected) ? options.selected : tabs[0]?.value;
  const buttons: Element[] = tabs.map((tab) => {
    const isSelected = tab.value === selected;
    return {
      type: "element",
      tagName: "button",
      properties: {
        type: "button",
        role: "tab",
        id: `tab-${n}-${tab.value}`,
        ariaControls: [`panel-${n}-${tab.value}`],
        ariaSelected: isSelected ? "true" : "false",
        tabIndex: isSelected ? 0 : -1,
        dataValue: tab.value,
      },
      children: [{ type: "text", value: tab.label }],
    };
  });
  const panels: Element[] = tabs.map((tab) => ({
    type: "element",
    tagName: "div",
    properties: {
      role: "tabpanel",
      id: `panel-${n}-${tab.value}`,
      ariaLabelledBy: [`tab-${n}-${tab.value}`],
      dataValue: tab.value,
      tabIndex: 0,
      hidden: tab.value !== selected,
    },
    children: tab.content,
  }));
  return {
    type: "element",
    tagName: "div",
    properties: groupId === undefined ? { className: ["tabs"] } : { className: ["tabs"], dataGroupId: groupId },
    children: [
      { type: "element", tagName: "div", properties: { role: "tablist", className: ["tabs-list"] }, children: buttons },
      ...panels,
    ],
  };
}
