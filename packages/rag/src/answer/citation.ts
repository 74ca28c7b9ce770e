export interface Citation {
  /** The number the answer's `[n]` markers refer to. */
  n: number;
  /** The page's path relative to the docs root. */
  source: string;
  slug: string;
  /** Deep link to the passage: `/docs/<slug>#<anchor>`. */
  url: string;
  title: string;
  /** The passage's section heading, or the page title for the top of a page. */
  heading: string;
  /** Text with `<mark>`…`</mark>` highlights; not HTML otherwise. */
  snippet: string;
  score: number;
}

/** "llm": written by the configured language model from the passages; "extractive": quoted from them. */
export type AnswerMode = "extractive" | "llm";

export interface Answer {
  answer: string;
  citations: Citation[];
  mode: AnswerMode;
  /**
   * False when the book does not seem to cover the question: the answer then
   * says so plainly and the citations are the closest sections, not sources.
   */
  answered: boolean;
  /** Set when a language model is configured but could not answer, so the answer is extractive: says why. */
  fallbackReason?: string;
  /**
   * An extractive answer's lead as the reader sees it on the page: sanitised
   * HTML (highlighted code, lists, tables), for clients that show HTML in
   * place of the lead's text. The text answer holds the same as text.
   */
  lead?: AnswerLead;
}

export interface AnswerLead {
  html: string;
  /** Whether the section goes on past the lead (the answer links "Read more"). */
  truncated: boolean;
}

export function docUrl(slug: string, anchor: string): string {
  return `/docs/${slug}${anchor === "" ? "" : `#${anchor}`}`;
}
