import { describe, expect, it } from "vitest";
import { introductionFirst, isIntroductory } from "../src/personalise/introduction-first";
import { fuseRankings } from "../src/retrieve/fuse-rankings";
import type { ChunkHit } from "../src/retrieve/search-chunks";

describe("fuseRankings (reciprocal rank fusion)", () => {
  it("ranks an item both lists like above items only one list has, and keeps the first list's order on ties", () => {
    const fused = fuseRankings([
      [{ id: "a" }, { id: "b" }, { id: "c" }],
      [{ id: "c" }, { id: "d" }],
    ]);
    // b and d tie (second in one list each): the first list decides.
    expect(fused.map((item) => item.id)).toEqual(["c", "a", "b", "d"]);
    expect(fused[0]?.fused).toBeCloseTo(1 / 63 + 1 / 61);
  });
});

describe("introductionFirst", () => {
  const hit = (title: string, heading: string | undefined, match: ChunkHit["match"]): ChunkHit => ({
    chunkId: `${title}/${heading}`,
    documentId: title,
    source: `${title}.md`,
    slug: title,
    title,
    headingPath: heading === undefined ? [] : [heading],
    anchor: "",
    body: "",
    code: "",
    snippet: "",
    score: 1,
    match,
  });

  it("recognises introductions by page title or section heading", () => {
    expect(isIntroductory(hit("Getting started", "Install", "all"))).toBe(true);
    expect(isIntroductory(hit("Routers", "Overview", "all"))).toBe(true);
    expect(isIntroductory(hit("Routers", "Merging routers", "all"))).toBe(false);
  });

  it("leads with the best introduction, from beyond the top k only when it matched every term", () => {
    const a = hit("Routers", "Merging", "all");
    const b = hit("Errors", "Codes", "all");
    const intro = hit("Introduction", undefined, "all");
    const weakIntro = hit("Overview", undefined, "any");
    expect(introductionFirst([a, b, intro], 2)).toEqual([intro, a]);
    expect(introductionFirst([a, b, weakIntro], 2)).toEqual([a, b]);
    expect(introductionFirst([a, intro, b], 3)).toEqual([intro, a, b]);
  });
});
