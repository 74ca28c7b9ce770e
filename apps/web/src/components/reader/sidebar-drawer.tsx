import { type ReactNode, useEffect, useRef } from "react";

interface SidebarDrawerProps {
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The sidebar on a phone: a modal drawer over the page (the article stays where it is). The
 * native <dialog> keeps focus inside while open; Escape and a tap on the backdrop close it.
 */
export function SidebarDrawer({ open, onClose, children }: SidebarDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start where the reader is in the book, not at its first link.
      dialog.querySelector<HTMLElement>("[aria-current=page]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only a tap on the backdrop; Escape closes it by keyboard (onCancel)
    <dialog
      ref={ref}
      className="sidebar-drawer"
      aria-label="Contents"
      data-testid="sidebar-drawer"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A tap on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="sidebar-drawer-panel" data-sidebar-scroller>
        <div className="sidebar-drawer-header">
          <span className="sidebar-drawer-title">Contents</span>
          <button type="button" onClick={onClose}>
            Close<span className="visually-hidden"> the contents</span>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
