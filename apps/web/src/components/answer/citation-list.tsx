import type { Citation } from "../../lib/api-types";
import { parseDocUrl } from "../../lib/doc-links";
import { DocLink } from "../doc-link";
import { MarkedSnippet } from "../marked-snippet";

/** The passages an answer is built from, numbered as its `[n]` markers, each linking to its heading. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <ol className="citation-list" aria-label="Sources">
      {citations.map((citation) => {
        const target = parseDocUrl(citation.url);
        const label = citation.heading === citation.title ? citation.title : `${citation.title} › ${citation.heading}`;
        return (
          <li key={citation.n} value={citation.n} data-testid="citation">
            {target ? <DocLink {...target}>{label}</DocLink> : <span>{label}</span>}
            <p className="citation-snippet">
              <MarkedSnippet snippet={citation.snippet} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
