import { tabIndexForKey } from "./tab-keys";

const STORAGE_PREFIX = "pw-tabs:";

function tabsOf(group: Element): HTMLElement[] {
  const list = group.querySelector(":scope > [role=tablist]");
  return list === null ? [] : [...list.querySelectorAll<HTMLElement>(":scope > [role=tab]")];
}

/** Shows one tab's panel in a `.tabs` block and hides the others, moving the roving tabindex. */
export function selectTab(group: Element, value: string): boolean {
  const tabs = tabsOf(group);
  if (!tabs.some((tab) => tab.dataset.value === value)) return false;
  for (const tab of tabs) {
    const selected = tab.dataset.value === value;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panelId = tab.getAttribute("aria-controls");
    const panel = panelId === null ? null : group.ownerDocument.getElementById(panelId);
    if (panel !== null) panel.hidden = !selected;
  }
  return true;
}

/** Selects `value` in every tab block of the page that shares `groupId` (Docusaurus's groupId sync). */
export function selectInGroup(root: ParentNode, groupId: string, value: string): void {
  for (const group of root.querySelectorAll(".tabs[data-group-id]")) {
    if (group instanceof HTMLElement && group.dataset.groupId === groupId) selectTab(group, value);
  }
}

export function rememberedTab(groupId: string): string | null {
  try {
    return window.localStorage.getItem(STORAGE_PREFIX + groupId);
  } catch {
    // Storage can be refused (privacy settings): the tabs still work, just not remembered.
    return null;
  }
}

export function rememberTab(groupId: string, value: string): void {
  try {
    window.localStorage.setItem(STORAGE_PREFIX + groupId, value);
  } catch {
    // As above: remembering is a courtesy.
  }
}

/** The tab a key press on `tab` moves to, or undefined when the key is not for the tab list. */
export function tabForKey(tab: HTMLElement, key: string): HTMLElement | undefined {
  const group = tab.closest(".tabs");
  if (group === null) return undefined;
  const tabs = tabsOf(group);
  const index = tabIndexForKey(key, tabs.indexOf(tab), tabs.length);
  return index === undefined ? undefined : tabs[index];
}

/** The tab `?key=value` names for a block with Docusaurus's `queryString` (`data-query-string`), if any. */
export function tabFromQuery(group: HTMLElement, search: string): string | null {
  const key = group.dataset.queryString;
  return key === undefined ? null : new URLSearchParams(search).get(key);
}

/**
 * Writes the chosen tab into the address (`?os=mac`), as Docusaurus does for `queryString`, so the
 * link a reader copies opens the same tab. Replaced in place: choosing a tab is not a navigation.
 */
export function writeTabToQuery(key: string, value: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(key, value);
  // The router keeps its own bookkeeping in history.state: the entry changes its address only.
  window.history.replaceState(window.history.state, "", url);
}
