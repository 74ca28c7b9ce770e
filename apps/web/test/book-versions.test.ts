import type { AppRouter } from "@pagewise/api";
import { createTRPCClient } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import { describe, expect, it } from "vitest";
import type { BookVersion } from "../src/lib/api-types";
import {
  lastVersion,
  slugInVersion,
  type VersionedPage,
  versionInput,
  versionOfSlug,
  versionRootHome,
} from "../src/lib/book-versions";
import { initialDataLink, parseInitialQueries } from "../src/trpc";

const version = (name: string, overrides: Partial<BookVersion> = {}): BookVersion => ({
  name,
  label: name,
  path: name,
  banner: null,
  badge: true,
  isLast: false,
  homeSlug: `${name}/intro`,
  ...overrides,
});

// Docusaurus's menu order: current ("Next", at /docs/next) first, then released versions, newest first.
const NEXT = version("current", { label: "Next", path: "next", banner: "unreleased", homeSlug: "next/intro" });
const LAST = version("3.8.1", { path: "", isLast: true, homeSlug: "intro" });
const OLD = version("3.7.0", { banner: "unmaintained" });
const VERSIONS = [NEXT, LAST, OLD];

/** A site without versions: one, unlabelled, at /docs. */
const ONLY = version("current", { label: "Next", path: "", badge: false, isLast: true, homeSlug: "intro" });

describe("versionOfSlug", () => {
  it("finds the version whose path prefixes the slug, and the last one for any other slug", () => {
    expect(versionOfSlug(VERSIONS, "3.7.0/intro")?.name).toBe("3.7.0");
    expect(versionOfSlug(VERSIONS, "next/guides/a")?.name).toBe("current");
    expect(versionOfSlug(VERSIONS, "intro")?.name).toBe("3.8.1");
    expect(versionOfSlug(VERSIONS, "")?.name).toBe("3.8.1");
  });

  it("takes a version's root address as the version's, and never a mere prefix of a word", () => {
    expect(versionOfSlug(VERSIONS, "next")?.name).toBe("current");
    expect(versionOfSlug(VERSIONS, "3.7.0")?.name).toBe("3.7.0");
    expect(versionOfSlug(VERSIONS, "nextjs/setup")?.name).toBe("3.8.1");
    expect(versionOfSlug(VERSIONS, "3.7.01/intro")?.name).toBe("3.8.1");
  });

  it("prefers the longest path when one version's path prefixes another's", () => {
    const nested = [version("2"), version("2-beta", { path: "2/beta" }), LAST];
    expect(versionOfSlug(nested, "2/beta/intro")?.name).toBe("2-beta");
    expect(versionOfSlug([...nested].reverse(), "2/beta/intro")?.name).toBe("2-beta");
    expect(versionOfSlug(nested, "2/intro")?.name).toBe("2");
  });

  it("is the only version of a site without versions, and none before the first ingest", () => {
    expect(versionOfSlug([ONLY], "guides/a")).toBe(ONLY);
    expect(versionOfSlug([], "guides/a")).toBeUndefined();
    expect(lastVersion(VERSIONS)).toBe(LAST);
    expect(lastVersion([])).toBeUndefined();
  });
});

describe("versionInput (the key the server embeds the first page's sidebars under)", () => {
  it("is left out for a site with fewer than two versions", () => {
    expect(versionInput([], undefined)).toBeUndefined();
    expect(versionInput([ONLY], "current")).toBeUndefined();
  });

  it("names the version on a versioned site, the last one included", () => {
    expect(versionInput(VERSIONS, "3.7.0")).toEqual({ version: "3.7.0" });
    expect(versionInput(VERSIONS, "3.8.1")).toEqual({ version: "3.8.1" });
    // Exactly the object the server sends: `{ version }` and nothing else, so the keys match.
    expect(JSON.stringify(versionInput(VERSIONS, "current"))).toBe('{"version":"current"}');
  });

  it("is left out when no version is known, so the server answers from the last", () => {
    expect(versionInput(VERSIONS, undefined)).toBeUndefined();
  });

  it("reads the sidebars the server embedded, asking with the input it embedded them under", async () => {
    const sidebars = [{ id: "docs", items: [] }];
    // As apps/server/src/http/docs-pages.ts writes them: no input without versions, `{ version }` with.
    const embedded = (input: unknown) =>
      parseInitialQueries(JSON.stringify({ queries: [{ path: "docs.list", input, result: { data: sidebars } }] }));
    const calls: string[] = [];
    const client = (input: unknown) =>
      createTRPCClient<AppRouter>({
        links: [
          initialDataLink(embedded(input)),
          () =>
            ({ op }) =>
              observable((observer) => {
                calls.push(op.path);
                observer.next({ result: { type: "data", data: "from the network" } });
                observer.complete();
              }),
        ],
      });
    expect(await client(undefined).docs.list.query(versionInput([ONLY], "current"))).toEqual(sidebars);
    expect(await client({ version: "3.7.0" }).docs.list.query(versionInput(VERSIONS, "3.7.0"))).toEqual(sidebars);
    expect(await client({ version: "3.8.1" }).docs.list.query(versionInput(VERSIONS, "3.8.1"))).toEqual(sidebars);
    expect(calls).toEqual([]);
  });
});

describe("slugInVersion (where the version menu and the banner lead)", () => {
  const page: VersionedPage = {
    slug: "3.7.0/guides/setup",
    version: "3.7.0",
    alternates: [
      { version: "current", slug: "next/guides/setup" },
      { version: "3.8.1", slug: "guides/setup" },
    ],
  };

  it("keeps the reader on the same page in a version that has it, and on the page itself in its own", () => {
    expect(slugInVersion(page, NEXT)).toBe("next/guides/setup");
    expect(slugInVersion(page, LAST)).toBe("guides/setup");
    expect(slugInVersion(page, OLD)).toBe("3.7.0/guides/setup");
  });

  it("goes to the version's home where the page is not", () => {
    const onlyHere: VersionedPage = { slug: "3.7.0/removed", version: "3.7.0", alternates: [] };
    expect(slugInVersion(onlyHere, LAST)).toBe("intro");
    expect(slugInVersion(onlyHere, NEXT)).toBe("next/intro");
  });

  it("goes home without a page, and to the version's root when it has no home", () => {
    expect(slugInVersion(undefined, OLD)).toBe("3.7.0/intro");
    expect(slugInVersion(undefined, version("4.0.0", { homeSlug: null }))).toBe("4.0.0");
    expect(slugInVersion(undefined, { ...LAST, homeSlug: null })).toBe("");
  });
});

describe("versionRootHome (a version's root address without a page of its own)", () => {
  const book = { versions: VERSIONS, homeSlug: "intro" };

  it("opens the version's home from its root address only", () => {
    expect(versionRootHome(book, "")).toBe("intro");
    expect(versionRootHome(book, "next")).toBe("next/intro");
    expect(versionRootHome(book, "3.7.0")).toBe("3.7.0/intro");
    expect(versionRootHome(book, "3.7.0/missing")).toBeUndefined();
    expect(versionRootHome(book, "missing")).toBeUndefined();
  });

  it("never sends a page to itself, nor anywhere for a version without a home", () => {
    expect(versionRootHome({ versions: [{ ...ONLY, homeSlug: "" }], homeSlug: "" }, "")).toBeUndefined();
    expect(
      versionRootHome({ versions: [version("4.0.0", { homeSlug: null }), LAST], homeSlug: "intro" }, "4.0.0"),
    ).toBe(undefined);
  });

  it("opens the book's home from /docs when the book lists no versions", () => {
    expect(versionRootHome({ versions: [], homeSlug: "getting-started" }, "")).toBe("getting-started");
    expect(versionRootHome({ versions: [], homeSlug: null }, "")).toBeUndefined();
    expect(versionRootHome({ versions: [], homeSlug: "getting-started" }, "other")).toBeUndefined();
  });
});
