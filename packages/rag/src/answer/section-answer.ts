import { sentencesOf } from "@pagewise/book";
import type { Term } from "../retrieve/weigh-terms";
import type { AnswerSection } from "./answer-sections";
import type { AnswerLead, Citation } from "./citation";
import { numberCitations } from "./number-citations";
import { asksHow } from "./question-intent";
import type { RenderedLead } from "./rendered-lead";
import { MIN_SUPPORT, meaningSupport, questionWords, support } from "./section-coverage";
import { beforeBlankLine, cutAtWord, openingCode, openingParagraphs, openingSentences } from "./trim-text";

/** How long the lead may be: a readable screenful by default, more for readers who asked for detail. */
export interface LeadBudget {
  /** Characters of the section's opening paragraphs. */
  maxChars: number;
  /** Lines of its code, for a question that asks how. */
  maxCodeLines: number;
}
export const DEFAULT_BUDGET: LeadBudget = { maxChars: 600, maxCodeLines: 20 };
export const DETAILED_BUDGET: LeadBudget = { maxChars: 1200, maxCodeLines: 40 };

/** At most this many sections follow the lead as "Also relevant" (or are listed as "Closest matches"). */
const MAX_OTHERS = 4;
const EXCERPT_CHARS = 140;

export interface ExtractiveAnswer {
  answer: string;
  citations: Citation[];
  /** False when the book does not seem to cover the question and the answer says so. */
  answered: boolean;
  /** The lead as HTML, when it was quoted from the rendered page. */
  lead?: AnswerLead;
}

/** Of the sections after the lead, "Also relevant" lists those with at least this share of the lead's support. */
const ALSO_RELEVANT_SHARE = 0.5;

/**
 * The sections ranked by their support; those good enough to show (the lead
 * and the "Also relevant" ones, in retrieval's order); and whether the best
 * clears the refusal threshold (see section-coverage.ts). With `minSimilarity`
 * (EMBEDDINGS_MIN_SIMILARITY), a section the embeddings model finds that close
 * to the question is supported too.
 */
export function judgeSections(
  question: string,
  terms: readonly Term[],
  sections: readonly AnswerSection[],
  minSimilarity?: number,
): { ranked: AnswerSection[]; good: AnswerSection[]; answered: boolean; bestSupport: number } {
  const bestScore = Math.max(0, ...sections.map((section) => section.score));
  const words = questionWords(question);
  // Retrieval's order is kept as a floor: a section put first on purpose (an
  // introduction, for a beginner) is never judged below one ranked after it.
  const floors = sections.map((_, index) => Math.max(...sections.slice(index).map((section) => section.score)));
  const supported = sections.map((section, rank) => ({
    section,
    rank,
    support: Math.max(
      support(terms, words, { ...section, score: floors[rank] ?? section.score }, bestScore),
      meaningSupport(section, minSimilarity),
    ),
  }));
  // The good sections keep retrieval's order: it has seen more than the words (headings,
  // proximity), and on both evaluation books it picks the right page to lead more often
  // than support does (docs/performance.md). Support decides which sections are good enough.
  const good = supported.filter((entry) => entry.support >= bar(supported)).map((entry) => entry.section);
  // Ties keep retrieval's order.
  supported.sort((a, b) => b.support - a.support || a.rank - b.rank);
  const top = supported[0];
  return {
    ranked: supported.map((entry) => entry.section),
    good,
    // Without question words, only an embeddings model's similarity can support a section.
    answered: top !== undefined && top.support >= MIN_SUPPORT,
    bestSupport: top?.support ?? 0,
  };
}

/** The support a section needs to be shown: the refusal threshold, and half the best section's. */
function bar(supported: readonly { support: number }[]): number {
  return Math.max(MIN_SUPPORT, ...supported.map((entry) => entry.support * ALSO_RELEVANT_SHARE));
}

/**
 * The answer a reader gets without a model: the first good section itself
 * (its heading, then its opening as the reader sees it, `rendered`, with its
 * code for a how-question), a link to read on, and the other sections that
 * clear the threshold as "Also relevant", each once. `good` is
 * judgeSections's, in retrieval's order. Without `rendered` (a page read
 * before it was rendered), the lead is quoted from the indexed text.
 */
export function leadAnswer(
  question: string,
  good: readonly AnswerSection[],
  budget: LeadBudget,
  rendered?: RenderedLead,
): ExtractiveAnswer {
  const [lead, ...others] = good;
  if (lead === undefined) return refusal(question, [], []);
  const quoted = rendered !== undefined && rendered.text.trim() !== "" ? rendered : undefined;
  // The citation goes on the heading line: a client showing the lead as HTML keeps that line.
  const parts =
    quoted !== undefined
      ? [`${where(lead)} [1]`, quoted.text]
      : [`${where(lead)}`, `${openingParagraphs(lead.opening, budget.maxChars)} [1]`];
  if (quoted === undefined && asksHow(question) && lead.code.trim() !== "")
    parts.push(fenced(openingCode(lead.code, budget.maxCodeLines)));
  parts.push(`Read more: ${lead.source.url}`);
  const also = others.slice(0, MAX_OTHERS);
  if (also.length > 0)
    parts.push(["Also relevant:", ...also.map((section, index) => listItem(section, index + 2))].join("\n"));
  const { answer, citations } = numberCitations(
    parts.join("\n\n"),
    [lead, ...also].map((section) => section.source),
  );
  return quoted === undefined
    ? { answer, citations, answered: true }
    : { answer, citations, answered: true, lead: { html: quoted.html, truncated: quoted.truncated } };
}

/**
 * What a reader gets when no section covers enough of the question: a plain
 * statement, the words the book never uses, and the nearest sections to look at.
 */
export function refusal(question: string, ranked: readonly AnswerSection[], terms: readonly Term[]): ExtractiveAnswer {
  const unknown = terms.filter((term) => term.matches === 0).map((term) => `“${term.word}”`);
  const lines = [`The documentation doesn't seem to cover “${cutAtWord(question, 200)}”.`];
  if (unknown.length > 0) lines[0] += ` Nothing in it mentions ${listOf(unknown)}.`;
  const closest = ranked.slice(0, MAX_OTHERS);
  if (closest.length > 0) {
    lines.push(["Closest matches:", ...closest.map((section, index) => listItem(section, index + 1))].join("\n"));
  }
  const { answer, citations } = numberCitations(
    lines.join("\n\n"),
    closest.map((section) => section.source),
  );
  return { answer, citations, answered: false };
}

/** "Heading — Page title", or the page title alone for the top of a page. */
function where(section: AnswerSection): string {
  const { heading, title } = section.source;
  return heading === title ? title : `${heading} — ${title}`;
}

function listItem(section: AnswerSection, position: number): string {
  const excerpt = listExcerpt(section.opening);
  return `- ${where(section)}${excerpt === "" ? "" : `: ${cutAtWord(excerpt, EXCERPT_CHARS)}`} [${position}]`;
}

/**
 * A section's opening sentences as a list item's excerpt. It never ends on a
 * sentence that introduces what the excerpt does not show ("With Node.js
 * 20.19 or newer:"): that sentence goes, or, when it is all there is, ends in "…".
 */
export function listExcerpt(opening: string): string {
  const excerpt = openingSentences(beforeBlankLine(opening), EXCERPT_CHARS);
  if (!excerpt.endsWith(":")) return excerpt;
  const sentences = [...sentencesOf(excerpt)];
  if (sentences.length > 1) return sentences.slice(0, -1).join(" ");
  return `${excerpt.slice(0, -1)}…`;
}

/** A fenced block whose fence no run of backticks in the code can close early. */
function fenced(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}\n${code}\n${fence}`;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
