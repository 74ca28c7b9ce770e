import { type RefObject, useEffect } from "react";

/** Headings take focus from script (not Tab), so a link to a heading can move focus there. */
export function useFocusableHeadings(article: RefObject<HTMLElement | null>, html: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the article's content is replaced when `html` changes
  useEffect(() => {
    const headings = article.current?.querySelectorAll<HTMLElement>("h2[id], h3[id], h4[id], h5[id], h6[id]") ?? [];
    for (const heading of headings) heading.tabIndex = -1;
  }, [article, html]);
}
