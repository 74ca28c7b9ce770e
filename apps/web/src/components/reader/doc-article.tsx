import type { RefObject } from "react";
import { useAnnouncer } from "../../hooks/use-announcer";
import { useArticleLinks } from "../../lib/article/use-article-links";
import { useArticleTabs } from "../../lib/article/use-article-tabs";
import { useCopyButtons } from "../../lib/article/use-copy-buttons";
import { useFocusableHeadings } from "../../lib/article/use-focusable-headings";
import { useMermaidDiagrams } from "../../lib/article/use-mermaid-diagrams";

interface DocArticleProps {
  html: string;
  articleRef: RefObject<HTMLElement | null>;
}

/**
 * A page of the book as the server rendered it at ingest: sanitised HTML (headings with ids,
 * highlighted code, resolved links), made interactive here, one hook per behaviour (Mermaid code
 * blocks become diagrams here too: drawing one needs a browser).
 */
export function DocArticle({ html, articleRef }: DocArticleProps) {
  const [announcement, announce] = useAnnouncer();
  useArticleLinks(articleRef);
  useArticleTabs(articleRef, html);
  useCopyButtons(articleRef, html, announce);
  useFocusableHeadings(articleRef, html);
  useMermaidDiagrams(articleRef, html);

  return (
    <>
      <article
        ref={articleRef}
        id="pw-article"
        className="doc-article markdown"
        data-testid="doc-article"
        tabIndex={-1}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised at ingest (packages/book's HTML sanitiser), never from the browser
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="article-announcer">
        {announcement}
      </p>
    </>
  );
}
