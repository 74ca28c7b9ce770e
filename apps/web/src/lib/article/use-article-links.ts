import { useNavigate } from "@tanstack/react-router";
import { type RefObject, useEffect } from "react";

/**
 * Links into the book (`/docs/...`, resolved at ingest) navigate inside the SPA, unless the
 * reader asked for a new tab or window (modifier keys, middle click) or a download.
 */
export function useArticleLinks(article: RefObject<HTMLElement | null>): void {
  const navigate = useNavigate();
  useEffect(() => {
    const root = article.current;
    if (root === null) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest<HTMLAnchorElement>('a[href^="/docs"]');
      if (link === null || !root.contains(link) || link.hasAttribute("download") || link.target !== "") return;
      event.preventDefault();
      void navigate({ href: link.getAttribute("href") ?? "/docs" });
    };
    root.addEventListener("click", onClick);
    return () => root.removeEventListener("click", onClick);
  }, [article, navigate]);
}
