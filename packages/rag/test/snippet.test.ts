import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markedSnippets } from "../src/retrieve/snippet";

describe("markedSnippets", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(() => database?.dispose());

  const filler = (count: number) => Array.from({ length: count }, (_, i) => `filler${i}`).join(" ");

  it("marks every form of a question's word that Postgres stems alike, and nothing else", async () => {
    const [snippet] = await markedSnippets(
      database.db,
      ["Subscriptions stream events; a client subscribes once. Queries do not."],
      new Set(["subscript", "subscrib"]),
    );
    expect(snippet).toBe(
      "<mark>Subscriptions</mark> stream events; a client <mark>subscribes</mark> once. Queries do not.",
    );
  });

  it("cuts a long body to the windows that hold the question's words, joined by an ellipsis", async () => {
    const body = `${filler(50)} The router merges routers. ${filler(50)} Errors are formatted here. ${filler(50)}`;
    const [snippet = ""] = await markedSnippets(database.db, [body], new Set(["router", "format"]));
    const fragments = snippet.split(" … ");
    expect(fragments).toHaveLength(2);
    expect(fragments[0]).toContain("The <mark>router</mark> merges <mark>routers</mark>.");
    expect(fragments[1]).toContain("Errors are <mark>formatted</mark> here.");
    expect(snippet.split(" ").length).toBeLessThan(70);
  });

  it("starts a fragment at the beginning of its sentence when that is a few words before the match", async () => {
    const body = `${filler(40)}. You can merge routers together. ${filler(40)}`;
    const [snippet = ""] = await markedSnippets(database.db, [body], new Set(["merg"]));
    expect(snippet.startsWith("You can <mark>merge</mark> routers together.")).toBe(true);
  });

  it("joins fragments only a few words apart into one", async () => {
    const body = `alpha ${filler(33)} omega ${filler(40)}`;
    const [snippet = ""] = await markedSnippets(database.db, [body], new Set(["alpha", "omega"]));
    expect(snippet).not.toContain(" … ");
    expect(snippet).toMatch(/^<mark>alpha<\/mark> filler0 .* <mark>omega<\/mark> /);
  });

  it("opens with the body's first words when none of the question's are there", async () => {
    const [snippet = ""] = await markedSnippets(database.db, [filler(100)], new Set(["absent"]));
    expect(snippet.startsWith("filler0 filler1")).toBe(true);
    expect(snippet).not.toContain("<mark>");
    expect(snippet.split(" ")).toHaveLength(30);
  });

  it("never passes a page's own <mark> off as a highlight", async () => {
    const [snippet] = await markedSnippets(database.db, ["Use <mark>this</mark> router."], new Set(["router"]));
    expect(snippet).toBe("Use this <mark>router</mark>.");
  });

  it("gives an empty snippet for an empty body", async () => {
    expect(await markedSnippets(database.db, [""], new Set(["router"]))).toEqual([""]);
  });
});
