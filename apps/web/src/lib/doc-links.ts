/**
 * Where a page of the book lives in the SPA. The server's URLs are `/docs/<slug>#<anchor>`,
 * and the book's home page has the empty slug (`/docs/#anchor`).
 */
export interface DocTarget {
  slug: string;
  /** The heading's id, or "" for the top of the page. */
  anchor: string;
}

export function docPath(slug: string): string {
  return slug === "" ? "/docs" : `/docs/${slug}`;
}

export function docHref({ slug, anchor }: DocTarget): string {
  return anchor === "" ? docPath(slug) : `${docPath(slug)}#${anchor}`;
}

/** A citation's `url` as a target in the reader, or undefined when it is not a page of the book. */
export function parseDocUrl(url: string): DocTarget | undefined {
  const match = /^\/docs(?:\/([^#?]*))?(?:#(.*))?$/.exec(url);
  if (match === null) return undefined;
  return { slug: (match[1] ?? "").replace(/\/+$/, ""), anchor: decodeHash(match[2] ?? "") };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
