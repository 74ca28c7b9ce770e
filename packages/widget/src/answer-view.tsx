import type { Citation } from "@pagewise/client";
import { answerBlocks, splitCitationMarkers } from "@pagewise/client/answer-format";
import { useMemo } from "preact/hooks";
import { LeadHtml } from "./lead-html";
import { citationHref, docsLinkResolver } from "./site-links";
import type { Turn } from "./turn";

/**
 * An answer as the reader's own assistant shows it: the text block by block (paragraphs, code,
 * lists, "Read more"), the lead as the page shows it, each `[n]` a link to its source, and the
 * sources (or, when the book does not cover the question, the closest matches) listed after it.
 */
export function AnswerView({ turn, server }: { turn: Turn; server: string }) {
  const resolveLink = useMemo(() => docsLinkResolver(turn.citations, server), [turn.citations, server]);
  const byNumber = new Map(turn.citations.map((citation) => [citation.n, citation]));
  const blocks = answerBlocks(turn.text);
  const readMore = blocks.findIndex((block) => block.kind === "read-more");
  const withLead = turn.leadHtml !== undefined && turn.leadHtml !== "" && readMore > 0 && turn.status === "done";
  const shown = withLead ? [blocks[0], "lead" as const, ...blocks.slice(readMore)] : blocks;
  return (
    <div class="pw-answer">
      {shown.map((block, index) => {
        const key = `${index}`;
        if (block === undefined) return null;
        if (block === "lead") return <LeadHtml key={key} html={turn.leadHtml ?? ""} resolveLink={resolveLink} />;
        switch (block.kind) {
          case "code":
            return (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be reachable by keyboard (axe: scrollable-region-focusable)
              <pre key={key} class="pw-code" tabIndex={0}>
                <code>{block.code}</code>
              </pre>
            );
          case "read-more":
            return (
              <p key={key}>
                <a href={resolveLink(block.url)}>Read more</a>
              </p>
            );
          case "list":
            return (
              <div key={key}>
                <p class="pw-list-title">{block.title}</p>
                <ul>
                  {block.items.map((item, itemIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: items of one immutable string
                    <li key={`${itemIndex}`}>
                      <MarkedText text={item} byNumber={byNumber} server={server} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          default:
            return (
              <p key={key}>
                <MarkedText text={block.text} byNumber={byNumber} server={server} />
              </p>
            );
        }
      })}
    </div>
  );
}

/** The sources under an answer, or its closest matches when the book does not cover the question. */
export function SourceList({ turn, server }: { turn: Turn; server: string }) {
  if (turn.citations.length === 0) return null;
  const title = turn.answered ? "Sources" : "Closest matches";
  return (
    <section class="pw-sources" aria-label={title}>
      <h3>{title}</h3>
      <ol>
        {turn.citations.map((citation) => (
          <li key={citation.n} value={citation.n}>
            <a href={citationHref(citation, server)}>{citation.title}</a>
            {citation.heading !== "" && citation.heading !== citation.title && (
              <span class="pw-heading"> — {citation.heading}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function MarkedText({ text, byNumber, server }: { text: string; byNumber: Map<number, Citation>; server: string }) {
  return (
    <>
      {splitCitationMarkers(text, new Set(byNumber.keys())).map((part, index) => {
        const citation = part.kind === "citation" ? byNumber.get(part.n) : undefined;
        if (part.kind === "text" || citation === undefined) return part.kind === "text" ? part.text : null;
        const where =
          citation.heading && citation.heading !== citation.title
            ? `${citation.title}, ${citation.heading}`
            : citation.title;
        return (
          <a
            // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
            key={`${index}`}
            class="pw-marker"
            href={citationHref(citation, server)}
            aria-label={`Source ${citation.n}: ${where}`}
          >
            [{citation.n}]
          </a>
        );
      })}
    </>
  );
}
