import { statSync } from "node:fs";
import { dirname, join, posix, relative, resolve } from "node:path";
import { isCategoryIndex, normaliseSlug, versionedSlug } from "./doc-slug";
import { type Book, publishableFolders } from "./read-book";
import { decode, extensionOf, isInside, schemeOf, splitHref } from "./site-paths";

export type LinkTarget =
  /**
   * "/docs/<slug>" or "/docs/<slug>#<id>" (a query string, when written, kept before the hash).
   * `problem`: the fragment names no heading of the page; the link goes to the page, and is reported.
   */
  | { kind: "page"; href: string; problem?: string }
  | { kind: "external"; href: string }
  /** A local non-doc file (pdf, docx, html…). */
  | { kind: "asset"; absolutePath: string }
  | { kind: "unresolved"; reason: string }
  /** A file the book may not publish (outside the docs and static folders). */
  | { kind: "refused"; reason: string };

export type AssetTarget =
  | { kind: "file"; absolutePath: string }
  | { kind: "external"; href: string }
  | { kind: "missing"; reason: string }
  | { kind: "refused"; reason: string };

export interface LinkResolver {
  resolveLink(fromSourcePath: string, href: string): LinkTarget;
  /** `./a.png`, `/img/a.png`, `@site/static/img/a.png`, `pathname:///x`; `require('…')`/`useBaseUrl('…')` already unwrapped. */
  resolveAsset(fromSourcePath: string, src: string): AssetTarget;
}

export interface LinkResolverOptions {
  /** The published site's origin (`https://trpc.io`): links to its non-docs pages (`/blog`) point there. */
  siteUrl?: string | undefined;
}

/** Where a link can land inside the book: a page, or a category's generated index. */
interface Destination {
  slug: string;
  /** Whose heading ids a `#fragment` is checked against. */
  sourcePath: string;
}

const DOCS_ROUTE = "/docs";
const MARKDOWN_FILE = /\.mdx?$/i;

/**
 * Resolves the links and image sources of the book's pages the way a Docusaurus
 * site would: Markdown file links, `/docs/…` routes, URL-relative routes, heading
 * fragments (checked with `headingIds`; `undefined` from it means "not known",
 * so the fragment is trusted), static files and other parts of the site.
 */
export function createLinkResolver(
  book: Book,
  headingIds: (sourcePath: string) => ReadonlySet<string> | undefined,
  options: LinkResolverOptions = {},
): LinkResolver {
  const { siteDir } = book;
  const siteUrl = options.siteUrl?.replace(/\/+$/, "");
  const pageBySourcePath = new Map(book.pages.map((page) => [page.sourcePath, page]));
  const pageByFile = new Map(book.pages.map((page) => [resolve(page.absolutePath), page]));
  const destinationBySlug = new Map<string, Destination>([
    ...book.generatedIndexes.map((index): [string, Destination] => [index.slug, index]),
    ...book.pages.map((page): [string, Destination] => [page.slug, page]),
  ]);
  const partialFiles = new Set([...book.partials.keys()].map((path) => resolve(path)));

  // Anything there but a folder: a FIFO or a device is a file the asset checks refuse (read-asset.ts), with a reason.
  const isFileCache = new Map<string, boolean>();
  const isFile = (path: string): boolean => {
    let known = isFileCache.get(path);
    if (known === undefined) {
      const info = statSync(path, { throwIfNoEntry: false });
      known = info !== undefined && !info.isDirectory();
      isFileCache.set(path, known);
    }
    return known;
  };
  // Only the docs and static folders' files may become assets: never the site's `.env`, `.data/` or
  // `../../../etc/passwd`. (read-asset.ts checks again after following symlinks.)
  const folders = publishableFolders(book);
  const publishable = (path: string) => folders.some((folder) => isInside(folder, path));
  /** `@site/static/x` is the static folder wherever it is configured; other `@site/` paths are the site folder's. */
  const sitePath = (path: string): string =>
    path.startsWith("@site/static/") && book.staticDir !== undefined
      ? join(book.staticDir, path.slice("@site/static/".length))
      : resolve(siteDir, path.slice("@site/".length));
  const shown = (path: string) => relative(book.root, path).split("\\").join("/");

  const toPage = (destination: Destination, query: string, hash: string | undefined): LinkTarget => {
    if (hash !== undefined && hash !== "") {
      const id = decode(hash);
      const ids = headingIds(destination.sourcePath);
      if (ids !== undefined && !ids.has(id)) {
        // Still the right page: the reader lands at its top instead of at a word of plain text.
        return {
          kind: "page",
          href: `${DOCS_ROUTE}/${encodeURI(destination.slug)}${query}`,
          problem: `${destination.sourcePath} has no heading with the id "${id}" (linked to the page)`,
        };
      }
    }
    const fragment = hash === undefined || hash === "" ? "" : `#${hash}`;
    return { kind: "page", href: `${DOCS_ROUTE}/${encodeURI(destination.slug)}${query}${fragment}` };
  };

  const staticFile = (path: string): string | undefined => {
    const dir = book.staticDir;
    if (dir === undefined) return undefined;
    // Static hosts serve `/pure-html` from `pure-html.html` or `pure-html/index.html`, which `pathname://` links rely on.
    const names = extensionOf(path) === "" ? [path, `${path}.html`, `${path.replace(/\/+$/, "")}/index.html`] : [path];
    return names.map((name) => join(dir, name)).find((file) => isInside(dir, file) && isFile(file));
  };

  /** A `.md`/`.mdx` link, looked up where Docusaurus looks: `/x.md` from the docs root (then the site), `./x.md` next to the file, `x.md` next to the file then from the docs root. */
  const fileLink = (from: string, path: string, query: string, hash: string | undefined): LinkTarget => {
    const fromDir = dirname(resolve(book.root, from));
    const dirs = path.startsWith("@site/")
      ? [siteDir]
      : path.startsWith("/")
        ? [book.root, siteDir]
        : path.startsWith("./") || path.startsWith("../")
          ? [fromDir]
          : [fromDir, book.root, siteDir];
    const relativePath = path.replace(/^@site\//, "").replace(/^\/+/, "");
    const candidates = dirs.map((dir) => resolve(dir, relativePath));
    // `/docs/x.md` means `<site>/docs/x.md`; the docs folder may not be named `docs` where the book is read.
    if (/^(?:@site)?\/docs\//.test(path)) candidates.push(resolve(book.root, relativePath.slice("docs/".length)));
    for (const candidate of candidates) {
      const page = pageByFile.get(candidate);
      if (page !== undefined) return toPage(page, query, hash);
    }
    const tried = resolve(dirs[0] ?? book.root, relativePath);
    if (partialFiles.has(tried)) return { kind: "unresolved", reason: `${shown(tried)} is a partial, not a page` };
    return { kind: "unresolved", reason: `no page is the file ${path} (not there, a draft, or unreadable)` };
  };

  /** The page a file path names without its extension, or a folder's index page. */
  const pageAtFile = (path: string): Destination | undefined => {
    for (const candidate of [`${path}.md`, `${path}.mdx`]) {
      const page = pageByFile.get(candidate);
      if (page !== undefined) return page;
    }
    return book.pages.find((page) => dirname(resolve(page.absolutePath)) === path && isCategoryIndex(page.sourcePath));
  };

  const route = (pathname: string): Destination | undefined => {
    if (pathname !== DOCS_ROUTE && !pathname.startsWith(`${DOCS_ROUTE}/`)) return undefined;
    const slug = normaliseSlug(pathname.slice(DOCS_ROUTE.length));
    // An older version's `/docs/x` was written when x was at /docs: its reader stays in that version.
    return destinationBySlug.get(slug) ?? destinationBySlug.get(versionedSlug(book.slugPrefix, slug));
  };

  const siteAbsolute = (path: string, query: string, hash: string | undefined): LinkTarget => {
    const inDocs = path === DOCS_ROUTE || path.startsWith(`${DOCS_ROUTE}/`);
    const destination = route(path);
    if (destination !== undefined) return toPage(destination, query, hash);
    if (inDocs) return { kind: "unresolved", reason: `no page of the book is at ${path}` };
    // Sites served at the root (routeBasePath "/") link to docs without /docs; the site home "/" is not one of them.
    const bySlug = normaliseSlug(path) === "" ? undefined : destinationBySlug.get(normaliseSlug(path));
    if (bySlug !== undefined) return toPage(bySlug, query, hash);
    if (extensionOf(path) !== "") {
      const file = staticFile(path);
      return file === undefined
        ? { kind: "unresolved", reason: `the file ${path} is not in the static folder` }
        : { kind: "asset", absolutePath: file };
    }
    if (siteUrl !== undefined) {
      return { kind: "external", href: `${siteUrl}${path}${query}${hash === undefined ? "" : `#${hash}`}` };
    }
    return { kind: "unresolved", reason: `${path} is a site page outside this book` };
  };

  const relativeLink = (from: string, path: string, query: string, hash: string | undefined): LinkTarget => {
    // First as the browser would read it on the page's URL…
    const fromPage = pageBySourcePath.get(from);
    if (fromPage !== undefined) {
      const base = fromPage.slug === "" ? DOCS_ROUTE : posix.dirname(`${DOCS_ROUTE}/${fromPage.slug}`);
      const destination = route(posix.resolve(base, path));
      if (destination !== undefined) return toPage(destination, query, hash);
    }
    // …then as a path to a file next to the page, or from the docs root.
    const fromDir = dirname(resolve(book.root, from));
    const dirs = path.startsWith("./") || path.startsWith("../") ? [fromDir] : [fromDir, book.root];
    const extension = extensionOf(path);
    for (const dir of dirs) {
      const file = resolve(dir, path);
      if (extension !== "" && publishable(file) && isFile(file)) return { kind: "asset", absolutePath: file };
      const page = pageAtFile(file);
      if (page !== undefined) return toPage(page, query, hash);
    }
    return { kind: "unresolved", reason: `neither a page nor a file is at ${path} from ${from}` };
  };

  return {
    resolveLink(from, href) {
      const raw = href.trim();
      if (raw === "") return { kind: "unresolved", reason: "the link has no target" };
      // A full URL of the published docs (`https://trpc.io/docs/x`) is a page of this book.
      if (siteUrl !== undefined && raw.toLowerCase().startsWith(`${siteUrl.toLowerCase()}${DOCS_ROUTE}`)) {
        const rest = raw.slice(siteUrl.length);
        if (/^\/docs(?:[/?#]|$)/.test(rest)) {
          const { path, query, hash } = splitHref(rest);
          const destination = route(path);
          if (destination !== undefined) return toPage(destination, query, hash);
        }
      }
      if (raw.startsWith("//")) return { kind: "external", href: raw };
      const scheme = schemeOf(raw);
      if (scheme === "pathname") {
        const { path } = splitHref(raw.slice("pathname://".length));
        const file = staticFile(path);
        return file === undefined
          ? { kind: "unresolved", reason: `the file ${path} is not in the static folder` }
          : { kind: "asset", absolutePath: file };
      }
      if (scheme !== undefined) return { kind: "external", href: raw };

      const { path, query, hash } = splitHref(raw);
      if (path === "") {
        const page = pageBySourcePath.get(from);
        return page === undefined
          ? { kind: "unresolved", reason: `${from} is not a page of the book` }
          : toPage(page, query, hash);
      }
      if (MARKDOWN_FILE.test(path)) return fileLink(from, path, query, hash);
      if (path.startsWith("@site/")) {
        const file = sitePath(path);
        if (!publishable(file)) return { kind: "refused", reason: `${path} is outside the docs and static folders` };
        return isFile(file)
          ? { kind: "asset", absolutePath: file }
          : { kind: "unresolved", reason: `the file ${path} is not there` };
      }
      if (path.startsWith("/")) return siteAbsolute(path, query, hash);
      return relativeLink(from, path, query, hash);
    },

    resolveAsset(from, src) {
      const raw = src.trim();
      if (raw === "") return { kind: "missing", reason: "the image has no source" };
      if (raw.startsWith("//")) return { kind: "external", href: raw };
      const scheme = schemeOf(raw);
      if (scheme !== undefined && scheme !== "pathname") return { kind: "external", href: raw };

      const { path } = splitHref(scheme === "pathname" ? raw.slice("pathname://".length) : raw);
      let file: string;
      if (path.startsWith("@site/")) {
        file = sitePath(path);
      } else if (path.startsWith("/")) {
        if (book.staticDir === undefined)
          return { kind: "missing", reason: `${path} is a static file, and the site has no static folder` };
        file = join(book.staticDir, path);
      } else {
        file = resolve(dirname(resolve(book.root, from)), path);
      }
      if (!publishable(file)) return { kind: "refused", reason: `${path} is outside the docs and static folders` };
      if (!isFile(file))
        return { kind: "missing", reason: `the file ${path} is not there (looked for ${shown(file)})` };
      return { kind: "file", absolutePath: file };
    },
  };
}
