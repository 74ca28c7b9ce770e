import type { Citation } from "@pagewise/client";

/** One question (or selection) and its answer as it arrives. */
export interface Turn {
  /** What was asked, or the selected text. */
  question: string;
  kind: "question" | "selection";
  status: "asking" | "done" | "failed";
  /** The answer's text so far; the whole answer once done. */
  text: string;
  citations: Citation[];
  /** The lead as the page shows it (HTML sanitised by the server, and again here). */
  leadHtml?: string | undefined;
  /** False when the book does not seem to cover the question: the citations are the closest matches. */
  answered: boolean;
  questionId?: string | undefined;
  /** Why the question could not be answered, for the reader. */
  error?: string | undefined;
  vote?: "up" | "down" | undefined;
}
