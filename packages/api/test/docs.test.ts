import { testDrivers } from "@pagewise/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { useFixtureBook } from "./support/fixture-book";

describe.each(testDrivers())("docs procedures on %s", (driver) => {
  const book = useFixtureBook(driver);

  it("docs.list returns the sidebar nested by folder and ordered by position, then title", async () => {
    const tree = await book.caller.docs.list();
    expect(tree.map((item) => item.label)).toEqual(["Welcome", "guides", "reference"]);
    expect(tree[1]).toMatchObject({
      type: "category",
      path: "guides",
      items: [
        { type: "doc", label: "Getting started", slug: "guides/getting-started", position: 1 },
        { type: "doc", label: "Guides", slug: "guides", position: 2 },
        { type: "doc", label: "Syncing notebooks", slug: "guides/syncing", position: 3 },
      ],
    });
  });

  it("docs.get returns a page with its headings and anchors", async () => {
    const page = await book.caller.docs.get({ slug: "guides/syncing" });
    expect(page).toMatchObject({ title: "Syncing notebooks", slug: "guides/syncing", source: "guides/syncing.mdx" });
    expect(page.markdown).toContain("Conflict resolution {#conflicts}");
    expect(page.headings).toContainEqual({ depth: 2, text: "Conflict resolution", anchor: "conflicts" });
  });

  it("docs.get answers NOT_FOUND for an unknown page and BAD_REQUEST for a bad slug", async () => {
    await expect(book.caller.docs.get({ slug: "no/such/page" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const error = await book.caller.docs.get({ slug: "s".repeat(1001) }).catch((caught: unknown) => caught);
    expect(error instanceof TRPCError && error.code).toBe("BAD_REQUEST");
  });
});
