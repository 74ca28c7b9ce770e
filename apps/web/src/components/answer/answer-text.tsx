import type { Citation } from "../../lib/api-types";
import { splitCitationMarkers } from "../../lib/citation-markers";
import { parseDocUrl } from "../../lib/doc-links";
import { DocLink } from "../doc-link";

/**
 * An answer's text with each `[n]` turned into a link to the page and heading that citation
 * points at, named for screen readers by where it goes, not just by its number.
 */
export function AnswerText({ answer, citations }: { answer: string; citations: readonly Citation[] }) {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const parts = splitCitationMarkers(answer, new Set(byNumber.keys()));
  return (
    <p className="answer-text">
      {parts.map((part, index) => {
        if (part.kind === "text") {
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          return <span key={index}>{part.text}</span>;
        }
        const citation = byNumber.get(part.n);
        const target = citation && parseDocUrl(citation.url);
        if (citation === undefined || target === undefined) {
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          return <span key={index}>[{part.n}]</span>;
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
          <sup key={index} className="citation-marker">
            <DocLink {...target} aria-label={`Source ${part.n}: ${citation.heading}, in ${citation.title}`}>
              [{part.n}]
            </DocLink>
          </sup>
        );
      })}
    </p>
  );
}
