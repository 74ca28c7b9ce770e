import { type RefObject, useEffect } from "react";
import {
  rememberedTab,
  rememberTab,
  selectInGroup,
  selectTab,
  tabForKey,
  tabFromQuery,
  writeTabToQuery,
} from "./tab-selection";

/**
 * Makes the article's server-rendered tabs work: click, Left/Right/Home/End (focus follows the
 * selection, as the WAI-ARIA tabs pattern recommends for panels already in the page), and
 * Docusaurus's groupId: choosing "Yarn" once chooses it in every block of that group, on this
 * page and, remembered in localStorage, on the next. A block with `queryString` also follows the
 * address (`?os=mac`, over what was remembered, as in Docusaurus) and writes its choice there.
 */
export function useArticleTabs(article: RefObject<HTMLElement | null>, html: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the article's content is replaced when `html` changes
  useEffect(() => {
    const root = article.current;
    if (root === null) return;
    for (const group of root.querySelectorAll<HTMLElement>(".tabs[data-group-id]")) {
      const groupId = group.dataset.groupId;
      const remembered = groupId === undefined ? null : rememberedTab(groupId);
      if (remembered !== null) selectTab(group, remembered);
    }
    for (const group of root.querySelectorAll<HTMLElement>(".tabs[data-query-string]")) {
      const wanted = tabFromQuery(group, window.location.search);
      if (wanted === null) continue;
      const groupId = group.dataset.groupId;
      if (groupId === undefined) selectTab(group, wanted);
      else selectInGroup(root, groupId, wanted);
    }

    const choose = (tab: HTMLElement) => {
      const group = tab.closest<HTMLElement>(".tabs");
      const value = tab.dataset.value;
      if (group === null || value === undefined) return;
      const queryKey = group.dataset.queryString;
      if (queryKey !== undefined) writeTabToQuery(queryKey, value);
      const groupId = group.dataset.groupId;
      if (groupId === undefined) {
        selectTab(group, value);
        return;
      }
      // Syncing moves tabs above the one clicked; keep the clicked one where the reader sees it.
      const before = tab.getBoundingClientRect().top;
      selectInGroup(root, groupId, value);
      window.scrollBy(0, tab.getBoundingClientRect().top - before);
      rememberTab(groupId, value);
    };

    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const tab = event.target.closest<HTMLElement>(".tabs [role=tab]");
      if (tab !== null && root.contains(tab)) choose(tab);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof HTMLElement) || event.target.getAttribute("role") !== "tab") return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const next = tabForKey(event.target, event.key);
      if (next === undefined) return;
      event.preventDefault();
      choose(next);
      next.focus();
    };
    root.addEventListener("click", onClick);
    root.addEventListener("keydown", onKeyDown);
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("keydown", onKeyDown);
    };
  }, [article, html]);
}
