import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { answerQuestion } from "../answer/answer-question";
import { type ExpectedSection, readExpectedSections } from "./expected-sections";

export interface LeadOutcome extends ExpectedSection {
  /** The page and section the answer led with, or undefined when it refused. */
  led: { page: string; anchor: string } | undefined;
  right: boolean;
}

/**
 * Whether each answer leads with a section that answers its question: the
 * first citation of the extractive answer (the lead) against the sections
 * labelled by hand from the pages (expected-sections.ts).
 */
export async function leadSectionEval(
  db: Kysely<Database>,
  expected: readonly ExpectedSection[],
): Promise<{ share: number; outcomes: LeadOutcome[] }> {
  const outcomes: LeadOutcome[] = [];
  for (const entry of expected) {
    const answer = await answerQuestion(db, entry.question);
    const lead = answer.answered ? answer.citations[0] : undefined;
    const led = lead === undefined ? undefined : { page: lead.source, anchor: anchorOf(lead.url) };
    const right = led !== undefined && led.page === entry.page && entry.anchors.includes(led.anchor);
    outcomes.push({ ...entry, led, right });
  }
  return { share: outcomes.filter((outcome) => outcome.right).length / Math.max(1, outcomes.length), outcomes };
}

function anchorOf(url: string): string {
  const at = url.indexOf("#");
  return at === -1 ? "" : decodeURIComponent(url.slice(at + 1));
}

/** The labelled questions of a book by its name (none for a book without labels). */
export function expectedSectionsOf(book: string): ExpectedSection[] {
  return readExpectedSections()[book] ?? [];
}
