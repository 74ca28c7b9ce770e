import { answerBlocks } from "../../lib/answer-blocks";
import type { Citation } from "../../lib/api-types";
import { splitCitationMarkers } from "../../lib/citation-markers";
import { parseDocUrl } from "../../lib/doc-links";
import { DocLink } from "../doc-link";

/**
 * An answer's text, block by block: paragraphs, code as a <pre><code>, the "Read more" link and
 * the "Also relevant" / "Closest matches" lists, with each `[n]` turned into a link to the page
 * and heading that citation points at, named for screen readers by where it goes.
 */
export function AnswerText({ answer, citations }: { answer: string; citations: readonly Citation[] }) {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  return (
    <div className="answer-text">
      {answerBlocks(answer).map((block, index) => {
        switch (block.kind) {
          case "code":
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
              <pre key={index} className="answer-code">
                <code>{block.code}</code>
              </pre>
            );
          case "read-more": {
            const target = parseDocUrl(block.url);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
              <p key={index} className="answer-read-more">
                {target === undefined ? block.url : <DocLink {...target}>Read more</DocLink>}
              </p>
            );
          }
          case "list":
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
              <div key={index} className="answer-list">
                <p className="answer-list-title">{block.title}</p>
                <ul>
                  {block.items.map((item, itemIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: items of one immutable string
                    <li key={itemIndex}>
                      <MarkedText text={item} byNumber={byNumber} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          default:
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
              <p key={index}>
                <MarkedText text={block.text} byNumber={byNumber} />
              </p>
            );
        }
      })}
    </div>
  );
}

/** Text with its `[n]` markers as links to their citations; a number with no citation stays text. */
function MarkedText({ text, byNumber }: { text: string; byNumber: ReadonlyMap<number, Citation> }) {
  const parts = splitCitationMarkers(text, new Set(byNumber.keys()));
  return (
    <>
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
    </>
  );
}
