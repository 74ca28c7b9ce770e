import { useEffect, useRef } from "react";
import type { VersionInput } from "../../lib/book-versions";
import { trpc } from "../../trpc";
import { AnswerText } from "../answer/answer-text";
import { CitationList } from "../answer/citation-list";
import { RequestErrorNotice } from "../request-error-notice";

interface SelectionAnswerPanelProps {
  text: string;
  /** The page the text was selected on (its source path), so the answer looks elsewhere. */
  source: string;
  /** The page's version (see versionInput): related passages come from it alone. */
  version: VersionInput;
  onClose: () => void;
}

const QUOTE_LENGTH = 240;

/**
 * What the book says elsewhere about a selected passage, beside the page (below it on narrow
 * screens). It takes focus when it opens, so the answer is where keyboard and screen-reader users
 * are; closing it (its button, or Escape) sends them back to the page.
 */
export function SelectionAnswerPanel({ text, source, version, onClose }: SelectionAnswerPanelProps) {
  const related = trpc.rag.select.useQuery({ text, source, ...version }, { staleTime: 5 * 60_000, retry: 1 });
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Escape closes the panel from anywhere in the page, as it would a dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (document.querySelector("dialog[open]") !== null) return;
      onClose();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onClose]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again for each new selection asked about
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: "nearest" });
  }, [text]);

  const quote = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;

  return (
    <aside className="selection-panel" aria-labelledby="pw-selection-panel-heading" data-testid="selection-panel">
      <div className="selection-panel-header">
        <h2 id="pw-selection-panel-heading" ref={headingRef} tabIndex={-1}>
          About your selection
        </h2>
        <button type="button" onClick={onClose}>
          Close<span className="visually-hidden"> the answer about your selection</span>
        </button>
      </div>
      <blockquote className="selection-quote">{quote}</blockquote>
      <div aria-live="polite" aria-busy={related.isPending}>
        {related.isPending ? (
          <p className="muted">Looking for related passages…</p>
        ) : related.isError ? (
          <RequestErrorNotice
            what="Could not look up your selection"
            error={related.error}
            onRetry={() => void related.refetch()}
            retrying={related.isFetching}
          />
        ) : (
          <>
            <AnswerText
              answer={related.data.answer}
              citations={related.data.citations}
              leadHtml={related.data.lead?.html}
            />
            <CitationList citations={related.data.citations} />
          </>
        )}
      </div>
    </aside>
  );
}
