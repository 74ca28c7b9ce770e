import { testDrivers } from "@pagewise/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { useFixtureBook } from "./support/fixture-book";

describe.each(testDrivers())("docs procedures on %s", (driver) => {
  const book = useFixtureBook(driver);

  it("docs.list returns the sidebar: folders as categories, their index page as the category's link", async () => {
    const sidebar = await book.caller.docs.list();
    expect(sidebar.map((item) => item.label)).toEqual(["Welcome", "Guides", "Reference"]);
    expect(sidebar[1]).toMatchObject({
      type: "category",
      slug: "guides",
      items: [
        { type: "doc", label: "Getting started", slug: "guides/getting-started" },
        { type: "doc", label: "Syncing notebooks", slug: "guides/syncing" },
      ],
    });
  });

  it("docs.get returns the rendered page, its outline and its neighbours", async () => {
    const page = await book.caller.docs.get({ slug: "guides/syncing" });
    expect(page).toMatchObject({ title: "Syncing notebooks", slug: "guides/syncing", source: "guides/syncing.mdx" });
    expect(page.html).toContain('<h2 id="conflicts">Conflict resolution<a class="hash-link" href="#conflicts"');
    expect(page.html).not.toContain("{#conflicts}");
    expect(page.toc).toContainEqual({ depth: 2, text: "Conflict resolution", id: "conflicts" });
    expect(page.previous).toEqual({ slug: "guides/getting-started", label: "Getting started" });
    expect(page.breadcrumbs).toEqual([{ label: "Guides", slug: "guides" }]);
  });

  it("docs.book names the book after its home page and suggests questions", async () => {
    const info = await book.caller.docs.book();
    expect(info).toMatchObject({ title: "Welcome to Quillstack", homeSlug: "" });
    expect(info.questions.length).toBeGreaterThan(0);
    expect(info.questions.every((question) => question.endsWith("?"))).toBe(true);
  });

  it("docs.searchIndex lists every listed page and its headings", async () => {
    const entries = await book.caller.docs.searchIndex();
    expect(entries).toContainEqual({ slug: "guides/syncing", page: "Syncing notebooks" });
    expect(entries).toContainEqual({
      slug: "guides/syncing",
      page: "Syncing notebooks",
      heading: { text: "Conflict resolution", id: "conflicts" },
    });
  });

  it("docs.get answers NOT_FOUND for an unknown page and BAD_REQUEST for a bad slug", async () => {
    await expect(book.caller.docs.get({ slug: "no/such/page" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const error = await book.caller.docs.get({ slug: "s".repeat(1001) }).catch((caught: unknown) => caught);
    expect(error instanceof TRPCError && error.code).toBe("BAD_REQUEST");
  });
});

describe.each(testDrivers())("docs.book with BOOK_TITLE and BOOK_QUESTIONS on %s", (driver) => {
  const book = useFixtureBook(driver, { book: { title: "Quill Handbook", questions: ["How do I pair a phone?"] } });

  it("prefers the operator's title and questions", async () => {
    expect(await book.caller.docs.book()).toMatchObject({
      title: "Quill Handbook",
      questions: ["How do I pair a phone?"],
    });
  });
});
