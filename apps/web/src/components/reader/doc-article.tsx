import { type RefObject, useEffect } from "react";
import { useAnnouncer } from "../../hooks/use-announcer";
import { useArticleLinks } from "../../lib/article/use-article-links";
import { useArticleTabs } from "../../lib/article/use-article-tabs";
import { useCopyButtons } from "../../lib/article/use-copy-buttons";

interface DocArticleProps {
  html: string;
  articleRef: RefObject<HTMLElement | null>;
}

/**
 * A page of the book as the server rendered it at ingest: sanitised HTML (headings with ids,
 * highlighted code, resolved links), made interactive here, one hook per behaviour.
 */
export function DocArticle({ html, articleRef }: DocArticleProps) {
  const [announcement, announce] = useAnnouncer();
  useArticleLinks(articleRef);
  useArticleTabs(articleRef, html);
  useCopyButtons(articleRef, html, announce);
  useHeadingsFocusable(articleRef, html);

  return (
    <>
      <article
        ref={articleRef}
        id="pw-article"
        className="doc-article markdown"
        data-testid="doc-article"
        tabIndex={-1}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised at ingest (packages/rag's HTML sanitiser), never from the browser
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="article-announcer">
        {announcement}
      </p>
    </>
  );
}

/** Headings take focus from script (not Tab), so a link to a heading can move focus there. */
function useHeadingsFocusable(article: RefObject<HTMLElement | null>, html: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the article's content is replaced when `html` changes
  useEffect(() => {
    for (const heading of article.current?.querySelectorAll<HTMLElement>("h2[id], h3[id], h4[id], h5[id], h6[id]") ??
      []) {
      heading.tabIndex = -1;
    }
  }, [article, html]);
}
