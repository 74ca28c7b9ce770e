import { splitMarkedSnippet } from "../lib/marked-snippet";

/** A search snippet with its matches highlighted: split at the server's `<mark>` tags, never parsed as HTML. */
export function MarkedSnippet({ snippet }: { snippet: string }) {
  return (
    <>
      {splitMarkedSnippet(snippet).map((part, index) =>
        // The parts never reorder, so their position is a stable key.
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
