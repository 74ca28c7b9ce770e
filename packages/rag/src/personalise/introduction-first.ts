import type { ChunkHit } from "../retrieve/search-chunks";

/** Titles and headings that open a subject rather than go deep into it. */
const INTRODUCTORY =
  /\b(intro|introduction|introducing|welcome|overview|getting started|get started|quick ?start|basics|first steps|what is|concepts)\b/i;

export function isIntroductory(hit: Pick<ChunkHit, "title" | "headingPath">): boolean {
  const heading = hit.headingPath.at(-1);
  return INTRODUCTORY.test(hit.title) || (heading !== undefined && INTRODUCTORY.test(heading));
}

/**
 * The top `k` passages with the best-ranked introductory one first: taken from
 * the wider candidate list when the top k has none, but only if it matched
 * every term of the question (an introduction that merely shares one common
 * word is not an answer). The rest keep their order.
 */
export function introductionFirst(candidates: ChunkHit[], k: number): ChunkHit[] {
  const top = candidates.slice(0, k);
  const intro =
    top.find(isIntroductory) ?? candidates.slice(k).find((hit) => hit.match === "all" && isIntroductory(hit));
  if (intro === undefined) return top;
  return [intro, ...top.filter((hit) => hit !== intro)].slice(0, k);
}
