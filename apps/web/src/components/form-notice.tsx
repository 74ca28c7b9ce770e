import { type ReactNode, useEffect, useRef } from "react";

/** A failure the reader has to act on; role="alert" has screen readers announce it at once. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-error" role="alert">
      {children}
    </div>
  );
}

/**
 * An outcome that replaces a form (e.g. "we sent a link"). It takes focus when it appears: the
 * submit button the reader was on is gone, and focus must not fall back to the top of the page.
 */
export function FormSuccess({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="notice notice-ok" role="status" tabIndex={-1}>
      {children}
    </div>
  );
}
