import { sentencesOf } from "@pagewise/book";
import { describe, expect, it } from "vitest";
import { queryTerms } from "../src/retrieve/build-query";

describe("queryTerms", () => {
  it("splits paths and dotted names the english parser would keep whole", () => {
    expect(queryTerms("How do I import @trpc/server and call trpc.useUtils()?")).toEqual([
      "how",
      "do",
      "i",
      "import",
      "trpc",
      "server",
      "call",
      "useutils",
    ]);
  });

  it("drops query syntax and operator words, keeping nothing to inject", () => {
    expect(queryTerms("a & | !( ")).toEqual(["a"]);
    expect(queryTerms("'; drop table chunk; --")).toEqual(["drop", "table", "chunk"]);
    expect(queryTerms('"quoted" or -negated and not')).toEqual(["quoted", "negated"]);
    expect(queryTerms("   ")).toEqual([]);
  });

  it("caps the number and length of terms", () => {
    expect(queryTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(32);
    expect(queryTerms(`${"x".repeat(65)} ok`)).toEqual(["ok"]);
  });
});

describe("sentencesOf", () => {
  it("splits on sentence ends but not inside dotted names", () => {
    expect([...sentencesOf("Call t.procedure first. Then e.g. wait! Done?\nA list item")]).toEqual([
      "Call t.procedure first.",
      "Then e.g. wait!",
      "Done?",
      "A list item",
    ]);
  });
});
