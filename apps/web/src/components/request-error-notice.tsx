import { requestErrorMessage } from "../lib/request-error";

interface RequestErrorNoticeProps {
  /** What could not be done, e.g. "Could not load this page". */
  what: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed request, said in words, with a way to try again: never a blank space where data should be. */
export function RequestErrorNotice({ what, error, onRetry, retrying = false }: RequestErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{what}.</strong> {requestErrorMessage(error)}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry} aria-disabled={retrying || undefined}>
          {retrying ? "Trying again…" : "Try again"}
        </button>
      )}
    </div>
  );
}
