import { domainToUnicode } from "node:url";
import type { Book } from "../site/read-book";

export interface BookName {
  title: string | null;
  tagline: string | null;
}

export interface NamedBook extends BookName {
  /** What the book is about, for a starter question ("What is Docusaurus?"): never a host name. */
  subject: string | null;
}

/**
 * The book's name and subtitle: the site's own (`title`, `tagline` in its `docusaurus.config.*`, read
 * as text, never run), else for the name the published site's host (`https://trpc.io/docs` →
 * `trpc.io`), else what the home page says (`fromHome`: its title, its description or opening).
 */
export function bookName(book: Pick<Book, "site">, fromHome: BookName, siteUrl: string | undefined): NamedBook {
  const config = book.site;
  return {
    title: config?.title ?? siteHost(siteUrl) ?? fromHome.title,
    tagline: config?.tagline ?? fromHome.tagline,
    subject: config?.title ?? fromHome.title,
  };
}

/** A site URL's host as a reader writes it (`https://trpc.io/docs` → `trpc.io`); none when it is no http(s) URL. */
export function siteHost(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return undefined;
  // `xn--mnchen-3ya.de` reads as `münchen.de`.
  const hostname = domainToUnicode(url.hostname) || url.hostname;
  return url.port === "" ? hostname : `${hostname}:${url.port}`;
}
