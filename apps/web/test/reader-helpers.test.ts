import { describe, expect, it } from "vitest";
import { tabIndexForKey } from "../src/lib/article/tab-keys";
import { splitMatches } from "../src/lib/search/match-ranges";
import { type TocNode, tocTree } from "../src/lib/toc-tree";

describe("tabIndexForKey (WAI-ARIA tabs, horizontal)", () => {
  it("moves right and left, wrapping at both ends", () => {
    expect(tabIndexForKey("ArrowRight", 0, 3)).toBe(1);
    expect(tabIndexForKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabIndexForKey("ArrowLeft", 0, 3)).toBe(2);
    expect(tabIndexForKey("ArrowLeft", 2, 3)).toBe(1);
  });

  it("jumps to the first and last tab, and ignores other keys", () => {
    expect(tabIndexForKey("Home", 2, 3)).toBe(0);
    expect(tabIndexForKey("End", 0, 3)).toBe(2);
    expect(tabIndexForKey("ArrowDown", 0, 3)).toBeUndefined();
    expect(tabIndexForKey("Enter", 0, 3)).toBeUndefined();
    expect(tabIndexForKey("ArrowRight", 0, 0)).toBeUndefined();
  });
});

describe("splitMatches", () => {
  it("cuts text into plain and marked parts", () => {
    expect(splitMatches("Router merging", [{ start: 7, end: 10 }])).toEqual([
      { text: "Router ", marked: false },
      { text: "mer", marked: true },
      { text: "ging", marked: false },
    ]);
    expect(splitMatches("abc", [])).toEqual([{ text: "abc", marked: false }]);
  });
});

describe("tocTree (Docusaurus's nesting of a page's contents)", () => {
  const shape = (nodes: TocNode[]): unknown[] =>
    nodes.map((node) => (node.children.length === 0 ? node.entry.id : [node.entry.id, shape(node.children)]));
  const entry = (depth: number, id: string) => ({ depth, id, text: id });

  it("puts each heading under the latest one of a lower level, across skipped levels", () => {
    const toc = [entry(2, "a"), entry(3, "b"), entry(5, "c"), entry(4, "d"), entry(2, "e"), entry(4, "f")];
    expect(shape(tocTree(toc))).toEqual([
      ["a", [["b", ["c", "d"]]]],
      ["e", ["f"]],
    ]);
  });

  it("keeps headings with no lower level before them at the top, as a page starting at h3 has", () => {
    expect(shape(tocTree([entry(3, "a"), entry(4, "b"), entry(3, "c")]))).toEqual([["a", ["b"]], "c"]);
    expect(tocTree([])).toEqual([]);
  });
});
