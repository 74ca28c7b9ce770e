import { type RefObject, useEffect, useState } from "react";

export interface TextSelection {
  text: string;
  /** Where the selection ends, relative to the container's parent (where the action is placed). */
  top: number;
  left: number;
}

const MAX_SELECTION = 2000;

/**
 * The text currently selected inside `container`, or null. It stays set while focus moves to an
 * element marked `data-keeps-selection` (the "Ask about this" button), so reaching that button
 * with the keyboard does not lose what it is about.
 */
export function useTextSelection(container: RefObject<HTMLElement | null>): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    const update = () => {
      const root = container.current;
      const current = window.getSelection();
      if (root === null || current === null || current.rangeCount === 0 || current.isCollapsed) {
        if (!document.activeElement?.closest("[data-keeps-selection]")) setSelection(null);
        return;
      }
      const range = current.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) {
        setSelection(null);
        return;
      }
      const text = current.toString().replace(/\s+/g, " ").trim().slice(0, MAX_SELECTION);
      if (text === "") {
        setSelection(null);
        return;
      }
      const box = range.getBoundingClientRect();
      const origin = (root.parentElement ?? root).getBoundingClientRect();
      setSelection({ text, top: box.bottom - origin.top, left: box.left - origin.left });
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [container]);

  return selection;
}
