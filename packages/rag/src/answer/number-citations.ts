import type { Citation } from "./citation";

/** A source an answer's draft may cite, before it has its final number. */
export type CitationSource = Omit<Citation, "n">;

/**
 * The one place an answer's `[n]` markers and its citation list are made to
 * agree. `draft` cites `sources` by their 1-based position; the result cites
 * them 1…n in the order they first appear in the text, one number per source
 * (two positions with the same `url` share one), with no gaps: a marker for no
 * source is dropped, and a source the text never cites is not listed.
 */
export function numberCitations(
  draft: string,
  sources: readonly CitationSource[],
): { answer: string; citations: Citation[] } {
  const numberByUrl = new Map<string, number>();
  const citations: Citation[] = [];
  const answer = draft
    .replace(/[ \t]*\[(\d+)\]/g, (marker, position: string) => {
      const source = sources[Number(position) - 1];
      if (source === undefined) return "";
      let n = numberByUrl.get(source.url);
      if (n === undefined) {
        n = citations.length + 1;
        numberByUrl.set(source.url, n);
        citations.push({ n, ...source });
      }
      return marker.replace(/\[\d+\]/, `[${n}]`);
    })
    // One source cited twice in a row ("[1][1]") reads as a stutter.
    .replace(/(\[\d+\])(?:\s*\1)+/g, "$1")
    .trim();
  return { answer, citations };
}
