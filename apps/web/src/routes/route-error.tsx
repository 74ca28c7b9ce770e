import type { ErrorComponentProps } from "@tanstack/react-router";

// Replaces the router's default so a crash in any page still leaves a readable message.
export function RouteError({ error, reset }: ErrorComponentProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section aria-labelledby="pw-route-error-heading" role="alert">
      <h1 id="pw-route-error-heading">Something went wrong</h1>
      <p>This page could not be shown: {message}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
