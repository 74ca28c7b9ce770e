import { useEffect, useState } from "preact/hooks";

/** The server's limit on a selection (packages/rag MAX_SELECTION_CHARS). */
const MAX_SELECTION = 2000;
const MIN_SELECTION = 3;

interface Selected {
  text: string;
  top: number;
  left: number;
}

/**
 * "Ask about this" next to text selected on the host page, as in the reader: it asks for the
 * passages related to the selection. Selections in form fields, and in the assistant itself, are
 * left alone.
 */
export function SelectionChip({ host, onAsk }: { host: HTMLElement; onAsk: (text: string) => void }) {
  const [selected, setSelected] = useState<Selected | undefined>();
  useEffect(() => {
    const update = () => setSelected(readSelection(host));
    const clear = () => {
      if (document.getSelection()?.isCollapsed !== false) setSelected(undefined);
    };
    document.addEventListener("mouseup", update);
    document.addEventListener("keyup", update);
    document.addEventListener("selectionchange", clear);
    return () => {
      document.removeEventListener("mouseup", update);
      document.removeEventListener("keyup", update);
      document.removeEventListener("selectionchange", clear);
    };
  }, [host]);
  if (selected === undefined) return null;
  return (
    <button
      type="button"
      class="pw-chip"
      style={{ top: `${selected.top}px`, left: `${selected.left}px` }}
      // Keeps the host page's selection while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        setSelected(undefined);
        onAsk(selected.text);
      }}
    >
      Ask about this
    </button>
  );
}

function readSelection(host: HTMLElement): Selected | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const text = selection.toString().trim();
  if (text.length < MIN_SELECTION || text.length > MAX_SELECTION) return undefined;
  const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
  if (!anchor || host.contains(anchor) || anchor.closest("input, textarea, [contenteditable='true']")) return undefined;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  const top = Math.min(rect.bottom + 8, window.innerHeight - 48);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 160));
  return { text, top, left };
}
