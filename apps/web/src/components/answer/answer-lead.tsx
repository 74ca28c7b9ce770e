import { useRef } from "react";
import { useAnnouncer } from "../../hooks/use-announcer";
import { useArticleLinks } from "../../lib/article/use-article-links";
import { useCopyButtons } from "../../lib/article/use-copy-buttons";

/**
 * An answer's lead as the page shows it: the HTML the reader renders (highlighted code with its
 * title, lists, tables), sanitised at ingest and again when quoted, with the reader's copy buttons
 * and in-app links. One pipeline, so the answer and the page cannot disagree.
 */
export function AnswerLead({ html }: { html: string }) {
  const lead = useRef<HTMLDivElement>(null);
  const [announcement, announce] = useAnnouncer();
  useArticleLinks(lead);
  useCopyButtons(lead, html, announce);
  return (
    <>
      <div
        ref={lead}
        className="answer-lead markdown"
        data-testid="answer-lead"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by packages/book at ingest, and again by packages/rag when quoted, never from the browser
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
