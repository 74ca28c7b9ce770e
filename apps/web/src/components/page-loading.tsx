/** Shown while a page's code or data loads (the router waits a moment before showing it, to avoid flicker). */
export function PageLoading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {label}
    </p>
  );
}
