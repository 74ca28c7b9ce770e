import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * Which section of a page answers a question (`eval-data/expected-sections.json`): for a subset of each public
 * book's evaluation questions (15 a book, spread over its pages), the page that
 * answers it and the section anchors a good answer should lead with. Measures
 * "the lead section answers the question".
 *
 * Written by reading the pages themselves, before looking at any answer or
 * running any retrieval: a miss is the system's problem, not the label's.
 *
 * - `question` is the question exactly as in the book's question set, `page`
 *   one of its relevant pages (relative to the docs folder).
 * - `anchors` are heading ids as the ingest assigns them
 *   (markdown/transforms/heading-ids.ts): an explicit `{#custom-id}` on the
 *   heading, else github-slugger over the heading's text, counted per page
 *   (`setup`, `setup-1`); headings in code fences are not headings.
 * - `""` is the top of the page: the content before its first h2.
 * - More than one anchor only when several sections answer it equally, e.g. an
 *   h2 and the h3 (or h4) under it that holds the exact answer.
 * - Questions whose answer lives in an imported partial are left out.
 */
export interface ExpectedSection {
  /** Exactly the question text as in the book's question set. */
  question: string;
  /** Relative to the docs folder, as in the question set. */
  page: string;
  /** Acceptable section anchors on that page ("" = top of page). */
  anchors: string[];
}

const expectedSectionsFile = z.record(
  z.string(),
  z.array(z.object({ question: z.string().min(1), page: z.string().min(1), anchors: z.array(z.string()).min(1) })),
);

/** `eval-data/expected-sections.json`: the labels, by book name (as `evalBooks` names them). */
export function readExpectedSections(): Record<string, ExpectedSection[]> {
  const path = fileURLToPath(new URL("../../eval-data/expected-sections.json", import.meta.url));
  const parsed = expectedSectionsFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} is not a set of expected sections: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
