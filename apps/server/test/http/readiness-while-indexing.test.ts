import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";
import { seedBook } from "./support/seed-book";

/**
 * The server listens before the start-up ingest ends. /readyz keeps a load
 * balancer away only while there is nothing to serve yet: a database that has
 * never held a book, getting its first one.
 */
describe("/readyz while the book is indexed", () => {
  let indexing = true;
  const app = useTestApp("pglite", { bookIndexing: () => indexing });
  const readiness = async () => {
    const response = await fetch(`${app.server.url}/readyz`);
    return { status: response.status, body: await response.json() };
  };

  it("answers 503 starting while the first book is being indexed", async () => {
    expect(await readiness()).toEqual({
      status: 503,
      body: { status: "starting", database: "up", book: { state: "indexing", failedPages: 0 } },
    });
  });

  it("answers 200 once a book is stored, even while it is indexed again", async () => {
    await seedBook(app.database.db, { title: "Book" }, [{ slug: "", title: "Home", html: "<p>home</p>" }]);
    expect(await readiness()).toMatchObject({ status: 200, body: { status: "ready", book: { state: "indexing" } } });
    indexing = false;
    expect(await readiness()).toMatchObject({ status: 200, body: { book: { state: "current", failedPages: 0 } } });
  });
});
