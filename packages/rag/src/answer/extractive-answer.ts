import type { Term } from "../retrieve/weigh-terms";
import type { AnswerSection } from "./answer-sections";
import type { RenderedLead } from "./rendered-lead";
import { DEFAULT_BUDGET, type ExtractiveAnswer, type LeadBudget, leadAnswer, refusal } from "./section-answer";

/** What select-to-ask says when nothing else in the book relates to the selection. */
export const NO_ANSWER = "I couldn't find an answer to that in the documentation.";

/**
 * An answer built only from the book: the section that best covers the
 * question, quoted as the reader sees it (`rendered`, its lead), or a plain refusal with the closest sections when none
 * covers enough of it. No model and no network, so it always works and never
 * invents.
 */
export function extractiveAnswer(
  question: string,
  terms: readonly Term[],
  judged: { ranked: readonly AnswerSection[]; good: readonly AnswerSection[]; answered: boolean },
  budget: LeadBudget = DEFAULT_BUDGET,
  rendered?: RenderedLead,
): ExtractiveAnswer {
  const { ranked, good, answered } = judged;
  return answered ? leadAnswer(question, good, budget, rendered) : refusal(question, ranked, terms);
}
