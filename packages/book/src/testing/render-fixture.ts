import type { DocCard } from "../markdown/render-html";
import { type RenderedPage, renderPage } from "../markdown/render-page";
import type { AssetStore } from "../markdown/resolve-references";
import { transformPage } from "../markdown/transform-page";
import type { IngestWarning } from "../site/book-shapes";
import type { LinkResolver } from "../site/resolve-links";

/**
 * Renders one page written for a test, the way ingest does, with a small
 * resolver: `./known.md` and `/docs/known` are pages, `./img/there.png` is an
 * image, `https://…` is external; everything else does not resolve.
 */
export function renderFixture(
  body: string,
  options: {
    partials?: Map<string, string>;
    docCards?: DocCard[];
    title?: string;
    hideTitle?: boolean;
    /** Whether the book writes math (Book.math); yes unless said otherwise. */
    math?: boolean;
  } = {},
): RenderedPage & { warnings: IngestWarning[]; headingIds: Set<string> } {
  const transformed = transformPage(
    { path: "guide/page.mdx", absolutePath: "/book/docs/guide/page.mdx", body, bodyStartLine: 3 },
    { docsRoot: "/book/docs", partials: options.partials ?? new Map(), math: options.math ?? true },
  );
  const rendered = renderPage(transformed, {
    path: "guide/page.mdx",
    lineOffset: 2,
    title: options.title ?? "The page",
    hideTitle: options.hideTitle ?? false,
    resolver: fixtureResolver,
    assets: fixtureAssets,
    docCards: options.docCards ?? [],
  });
  return { ...rendered, warnings: [...transformed.warnings, ...rendered.warnings], headingIds: transformed.headingIds };
}

export const fixtureResolver: LinkResolver = {
  resolveLink(_from, href) {
    if (/^https?:/.test(href)) return { kind: "external", href };
    if (href === "./known.md#gone")
      return { kind: "page", href: "/docs/known", problem: 'known.md has no heading with the id "gone"' };
    const [path, hash] = href.split("#");
    if (path === "./known.md" || path === "/docs/known" || path === "../guide/known.mdx")
      return { kind: "page", href: hash === undefined ? "/docs/known" : `/docs/known#${hash}` };
    if (path === "" && hash !== undefined) return { kind: "page", href: `#${hash}` };
    if (path === "./files/guide.pdf") return { kind: "asset", absolutePath: "/book/docs/guide/files/guide.pdf" };
    return { kind: "unresolved", reason: `no page at ${path}` };
  },
  resolveAsset(_from, src) {
    if (/^https?:/.test(src)) return { kind: "external", href: src };
    if (src === "./img/there.png" || src === "@site/static/img/logo.svg" || src === "/img/logo.svg")
      return { kind: "file", absolutePath: `/book/static/${src.split("/").at(-1)}` };
    return { kind: "missing", reason: `${src} is not there` };
  },
};

const fixtureAssets: AssetStore = {
  urlOf(absolutePath) {
    return { url: `/book-assets/0123456789abcdef/${absolutePath.split("/").at(-1)}` };
  },
};
