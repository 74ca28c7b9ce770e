import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useReadingVersion } from "../../hooks/use-reading-version";
import { trpc } from "../../trpc";

const loadDialog = () => import("./quick-search-dialog");
const QuickSearchDialog = lazy(() => loadDialog().then((module) => ({ default: module.QuickSearchDialog })));

/** Ctrl+K or ⌘K, the usual docs-site shortcut; never with Shift or Alt. */
function isShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";
}

/**
 * The header's search button and the Ctrl/⌘+K shortcut. The dialog's code and the index load
 * when the browser is idle, so the first keystroke already has both.
 */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const utils = trpc.useUtils();
  // The index of the version being read; warmed up again when the reader moves to another.
  const { input, known } = useReadingVersion();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  useEffect(() => {
    // Until the book says which versions there are, the index to warm up is unknown.
    if (!known) return;
    // A warm-up only: if the server is unreachable now, opening the dialog loads (and reports) again.
    const prefetch = () => {
      loadDialog().catch(() => undefined);
      void utils.docs.searchIndex.prefetch(input, { staleTime: Number.POSITIVE_INFINITY });
    };
    if ("requestIdleCallback" in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 5000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 2000);
    return () => clearTimeout(timer);
  }, [utils, input, known]);

  // Back to the button once the dialog is gone (while it is open, the page outside it is inert),
  // unless a page was chosen: that page takes focus when it is shown.
  const wasOpen = useRef(false);
  const focusBack = useRef(true);
  useEffect(() => {
    if (wasOpen.current && !open && focusBack.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = (returnFocus = true) => {
    focusBack.current = returnFocus;
    setOpen(false);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="search-button"
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true" className="search-icon">
          ⌕
        </span>
        <span className="search-button-label">Search</span>
        <span className="search-button-key" aria-hidden="true">
          Ctrl K
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <QuickSearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
