import { answerBlocks, splitCitationMarkers } from "@pagewise/client/answer-format";
import type { Citation } from "../../lib/api-types";
import { parseDocUrl } from "../../lib/doc-links";
import { DocLink } from "../doc-link";
import { AnswerLead } from "./answer-lead";

/**
 * An answer's text, block by block: paragraphs, code as a <pre><code>, the "Read more" link and
 * the "Also relevant" / "Closest matches" lists, with each `[n]` turned into a link to the page
 * and heading that citation points at, named for screen readers by where it goes.
 */
export function AnswerText({
  answer,
  citations,
  leadHtml,
}: {
  answer: string;
  citations: readonly Citation[];
  /** The lead as the page shows it: shown in place of the lead's text (between the heading line and "Read more"). */
  leadHtml?: string | undefined;
}) {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const blocks = answerBlocks(answer);
  const readMore = blocks.findIndex((block) => block.kind === "read-more");
  const withLead = leadHtml !== undefined && leadHtml !== "" && readMore > 0;
  const shown = withLead ? [blocks[0], "lead" as const, ...blocks.slice(readMore)] : blocks;
  return (
    <div className="answer-text">
      {shown.map((block, index) => {
        if (block === undefined) return null;
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
        if (block === "lead") return <AnswerLead key={index} html={leadHtml ?? ""} />;
        switch (block.kind) {
          case "code":
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one immutable string
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be reachable by keyboard (axe: scrollable-region-focusable)
              <pre key={index} className="answer-code" tabIndex={0}>
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
