import { useNavigate } from "@tanstack/react-router";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useAsk } from "../../hooks/use-ask";
import { useReadingVersion } from "../../hooks/use-reading-version";
import { docHref } from "../../lib/doc-links";
import { createBookSearch, type SearchResult } from "../../lib/search/book-search";
import { splitMatches } from "../../lib/search/match-ranges";
import { trpc } from "../../trpc";

interface QuickSearchDialogProps {
  /** `returnFocus: false` when a page was chosen: focus then belongs to that page, not the opener. */
  onClose: (returnFocus?: boolean) => void;
}

type Choice = { kind: "page"; result: SearchResult } | { kind: "ask"; question: string };

/**
 * Instant search over the page titles and headings of the version being read (the combobox +
 * listbox pattern in a modal dialog). The index is small and fetched once per version
 * (docs.searchIndex; its input is part of the query key), then every keystroke is
 * answered in the browser, ranked as a docs search ranks (lib/search/book-search.ts); see
 * docs/performance.md for why. The last choice always asks the assistant the query itself.
 */
export function QuickSearchDialog({ onClose }: QuickSearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { input, known } = useReadingVersion();
  const index = trpc.docs.searchIndex.useQuery(input, { staleTime: Number.POSITIVE_INFINITY, enabled: known });
  const [query, setQuery] = useState("");
  const [activeIndex, setActiveIndex] = useState(0);
  const navigate = useNavigate();
  const ask = useAsk();
  const ids = useId();
  const listId = `${ids}-results`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  // Built once per index (tens of milliseconds for a book of two thousand headings), then each
  // keystroke is a lookup.
  const search = useMemo(() => createBookSearch(index.data ?? []), [index.data]);
  const results = useMemo(() => search.search(query), [search, query]);
  const trimmed = query.trim();
  const choices: Choice[] = [
    ...results.map((result): Choice => ({ kind: "page", result })),
    ...(trimmed === "" ? [] : [{ kind: "ask", question: trimmed } satisfies Choice]),
  ];
  const active = Math.min(activeIndex, Math.max(choices.length - 1, 0));
  const optionId = (position: number) => `${ids}-option-${position}`;

  const choose = (choice: Choice | undefined) => {
    if (choice === undefined) return;
    if (choice.kind === "ask") {
      onClose();
      void navigate({ to: "/" });
      void ask(choice.question);
      return;
    }
    onClose(false);
    const { entry } = choice.result;
    void navigate({ href: docHref({ slug: entry.slug, anchor: entry.heading?.id ?? "" }), state: { focusPage: true } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (choices.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActiveIndex((active + step + choices.length) % choices.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === "Escape") {
      // A search field's own Escape only empties it; DocSearch's first Escape closes, text or not.
      event.preventDefault();
      onClose();
    }
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only a click on the backdrop; Escape closes it by keyboard (onCancel)
    <dialog
      ref={dialogRef}
      className="quick-search"
      aria-modal="true"
      aria-label="Search the book"
      onCancel={(event) => {
        // Escape: React's state decides, so the dialog and its owner never disagree.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="quick-search-box">
        <input
          type="search"
          role="combobox"
          aria-label="Search titles and headings"
          aria-expanded={choices.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={choices.length > 0 ? optionId(active) : undefined}
          placeholder="Search the book"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="quick-search-close" onClick={() => onClose()}>
          Close<span className="visually-hidden"> search</span>
        </button>
      </div>
      <div id={listId} role="listbox" aria-label="Results" className="quick-search-results">
        {choices.map((choice, position) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keyboard (aria-activedescendant)
          <div
            key={choice.kind === "ask" ? "ask" : `${choice.result.entry.slug}#${choice.result.entry.heading?.id ?? ""}`}
            id={optionId(position)}
            role="option"
            // Never focused itself: the combobox's input keeps focus and points here (aria-activedescendant).
            tabIndex={-1}
            aria-selected={position === active}
            className="quick-search-option"
            data-testid="search-result"
            onMouseMove={() => setActiveIndex(position)}
            onClick={() => choose(choice)}
          >
            {choice.kind === "ask" ? (
              <span className="quick-search-ask">Ask the assistant about “{choice.question}”</span>
            ) : (
              <ResultText result={choice.result} />
            )}
          </div>
        ))}
      </div>
      <p className="quick-search-status muted" role="status">
        {index.isPending && trimmed !== ""
          ? "Loading the index…"
          : index.isError
            ? "Could not load the search index: ask the assistant instead."
            : trimmed === ""
              ? "Type to search page titles and headings."
              : results.length === 0
                ? "No page or heading matches."
                : `${results.length} ${results.length === 1 ? "match" : "matches"}`}
      </p>
    </dialog>
  );
}

function ResultText({ result }: { result: SearchResult }) {
  const parts = splitMatches(result.text, result.matches).map((part, position) =>
    part.marked ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
      <mark key={position}>{part.text}</mark>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
      <span key={position}>{part.text}</span>
    ),
  );
  return (
    <>
      <span className="quick-search-title">{parts}</span>
      {result.entry.heading !== undefined && <span className="quick-search-page muted">{result.entry.page}</span>}
    </>
  );
}
