import { type ReactNode, useEffect, useId, useRef } from "react";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question before something that cannot be undone. The native <dialog> in modal mode
 * keeps focus inside, closes on Escape and returns focus to the button that opened it; the
 * safe choice (Cancel) comes first and has focus when it opens.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger = false, pending = false, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React's state decide, so the dialog and `open` never disagree.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-dialog-body">{children}</div>
      <div className="button-row">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the question opens */}
        <button type="button" autoFocus onClick={onCancel} aria-disabled={pending || undefined}>
          Cancel
        </button>
        <button
          type="button"
          className={danger ? "button-danger" : "button-primary"}
          onClick={() => {
            if (!pending) onConfirm();
          }}
          aria-disabled={pending || undefined}
        >
          {pending ? "Working…" : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
