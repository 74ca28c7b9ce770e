import { sentencesOf } from "../text/split-sentences";

/** About two lines under the book's title. */
const TAGLINE_CHARS = 200;

/**
 * The book's subtitle from its home page's opening paragraph: as many whole sentences as fit in
 * about two lines, and never less than the first sentence, never a sentence cut short (a page's
 * meta description may be cut with "…"; a subtitle read as the book's own words may not). None
 * when the opening only leads into what follows it.
 */
export function bookTagline(openingParagraph: string): string | undefined {
  let tagline = "";
  for (const sentence of sentencesOf(openingParagraph)) {
    const longer = tagline === "" ? sentence : `${tagline} ${sentence}`;
    if (tagline !== "" && longer.length > TAGLINE_CHARS) break;
    tagline = longer;
  }
  // "… with support for:" introduces what follows it (a list): alone, it is no subtitle.
  return tagline === "" || tagline.endsWith(":") ? undefined : tagline;
}
