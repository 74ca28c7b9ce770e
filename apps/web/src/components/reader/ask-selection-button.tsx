import { useEffect } from "react";
import type { TextSelection } from "../../hooks/use-text-selection";

interface AskSelectionButtonProps {
  selection: TextSelection;
  onAsk: (text: string) => void;
}

/** Whether a key press is the shortcut: Alt+A (by key position, as Option+A types "å" on a Mac). */
function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === "KeyA";
}

/**
 * "Ask about this", shown beside a selection in the page. Pressing it must not clear the
 * selection (mousedown is cancelled); keyboard users get Alt+A, announced by aria-keyshortcuts.
 */
export function AskSelectionButton({ selection, onAsk }: AskSelectionButtonProps) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      onAsk(selection.text);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [selection.text, onAsk]);

  return (
    <button
      type="button"
      className="ask-selection button-primary"
      data-keeps-selection
      aria-keyshortcuts="Alt+A"
      style={{ top: selection.top + 6, left: Math.max(0, selection.left) }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onAsk(selection.text)}
    >
      Ask about this <span className="shortcut">Alt+A</span>
    </button>
  );
}
