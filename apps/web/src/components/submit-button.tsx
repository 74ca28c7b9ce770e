import type { ReactNode } from "react";

interface SubmitButtonProps {
  pending: boolean;
  /** Shown while the request is in flight, e.g. "Signing in…". */
  pendingLabel: string;
  children: ReactNode;
}

/**
 * The form's submit button. While pending it is aria-disabled rather than disabled: a disabled
 * button drops keyboard focus to the page, and forms guard against a second submit themselves.
 */
export function SubmitButton({ pending, pendingLabel, children }: SubmitButtonProps) {
  return (
    <button type="submit" className="button-primary" aria-disabled={pending || undefined}>
      {pending ? pendingLabel : children}
    </button>
  );
}
