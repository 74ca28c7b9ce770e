import GithubSlugger from "github-slugger";
import { markdownInlineToText } from "./plain-text";

export interface HeadingText {
  /** The heading as a reader sees it (inline Markdown removed, `{#id}` removed). */
  text: string;
  /** The id Docusaurus gives the heading element, for `#anchor` links. */
  anchor: string;
}

/**
 * Docusaurus heading ids for one page: an explicit `{#custom-id}` is used as
 * is; otherwise github-slugger slugs the heading's text, numbering repeats
 * (`setup`, `setup-1`) in page order, so one slugger must see every heading of
 * the page in order.
 */
export function createHeadingAnchors(): (rawHeading: string) => HeadingText {
  const slugger = new GithubSlugger();
  return (rawHeading) => {
    const explicit = /\s*\{#([^}\s]+)\}\s*$/.exec(rawHeading);
    const withoutId = explicit === null ? rawHeading : rawHeading.slice(0, explicit.index);
    const text = markdownInlineToText(withoutId.replace(/<[^>]+>/g, "")).trim();
    const anchor = explicit?.[1] ?? slugger.slug(text);
    return { text, anchor };
  };
}
