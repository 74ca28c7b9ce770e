import type { PagewiseDatabase } from "@pagewise/db";
import { readBookReport } from "@pagewise/rag";
import { sql } from "kysely";
import type { Vote } from "../assistant/assistant-observer";

const LATEST = 20;
const TOP_PAGES = 10;
const WEEKS_OF_WITHDRAWALS = 12;

export interface AssistantDay {
  day: string;
  answered: number;
  refused: number;
}

/**
 * The assistant's figures for the admin "Assistant" page, over the last `days`
 * days: questions per day, answered against refused, the pages answers cite
 * most, the latest questions the book could not answer (what the docs team
 * writes next), votes and their comments; and, for privacy reporting, how many
 * readers have given consent and how many withdrew it per week. Questions and
 * comments are shown as asked: they carry no identity (see 0012-assistant-feedback). On a site
 * with versions, questions are also counted by the version they were asked of.
 */
export async function assistantStats(db: PagewiseDatabase["db"], days: number) {
  const since = new Date(Date.now() - days * 86_400_000);
  const withdrawalsSince = new Date(Date.now() - WEEKS_OF_WITHDRAWALS * 7 * 86_400_000);
  const [book, perDay, perVersion, topPages, unanswered, votes, comments, readers, withdrawals] = await Promise.all([
    readBookReport(db),
    db
      .selectFrom("question_log")
      .select([
        sql<string>`to_char(date_trunc('day', asked_at), 'YYYY-MM-DD')`.as("day"),
        sql<number>`count(*) filter (where answered)::int`.as("answered"),
        sql<number>`count(*) filter (where not answered)::int`.as("refused"),
      ])
      .where("asked_at", ">=", since)
      .groupBy("day")
      .orderBy("day")
      .execute(),
    // Questions logged before versions were recorded have none.
    db
      .selectFrom("question_log")
      .select([
        "version",
        sql<number>`count(*) filter (where answered)::int`.as("answered"),
        sql<number>`count(*) filter (where not answered)::int`.as("refused"),
      ])
      .where("asked_at", ">=", since)
      .groupBy("version")
      .orderBy("version")
      .execute(),
    // The page of each cited section (slug#anchor), counted once per answer.
    sql<{ slug: string; count: number }>`
      select split_part(source, '#', 1) as slug, count(distinct question_log.id)::int as count
      from question_log, jsonb_array_elements_text(question_log.cited_sources) as source
      where question_log.asked_at >= ${since}
      group by 1 order by 2 desc, 1 limit ${TOP_PAGES}`.execute(db),
    db
      .selectFrom("question_log")
      .select(["id", "question", "version", "asked_at as askedAt"])
      .where("answered", "=", false)
      .where("asked_at", ">=", since)
      .orderBy("asked_at", "desc")
      .limit(LATEST)
      .execute(),
    db
      .selectFrom("answer_feedback")
      .innerJoin("question_log", "question_log.id", "answer_feedback.question_log_id")
      .select([
        sql<number>`count(*) filter (where vote > 0)::int`.as("up"),
        sql<number>`count(*) filter (where vote < 0)::int`.as("down"),
        // Voter keys are daily: the same reader on two days counts twice, one reader in a day once.
        sql<number>`count(distinct answer_feedback.visitor_key)::int`.as("voters"),
      ])
      .where("question_log.asked_at", ">=", since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("answer_feedback")
      .innerJoin("question_log", "question_log.id", "answer_feedback.question_log_id")
      .select([
        "answer_feedback.id",
        "question_log.question",
        "question_log.answered",
        "answer_feedback.vote",
        "answer_feedback.comment",
        "answer_feedback.created_at as createdAt",
      ])
      .where("answer_feedback.comment", "is not", null)
      .where("question_log.asked_at", ">=", since)
      .orderBy("answer_feedback.created_at", "desc")
      .limit(LATEST)
      .execute(),
    db
      .selectFrom("user")
      .leftJoin("profile", "profile.user_id", "user.id")
      .select([
        sql<number>`count(*) filter (where profile.consent_given)::int`.as("withConsent"),
        sql<number>`count(*) filter (where profile.consent_given is not true)::int`.as("withoutConsent"),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("consent_event")
      .select([
        sql<string>`to_char(date_trunc('week', created_at), 'YYYY-MM-DD')`.as("week"),
        sql<number>`count(*)::int`.as("count"),
      ])
      // Consent events are written on a change only, so `given = false` is always a withdrawal.
      .where("given", "=", false)
      .where("created_at", ">=", withdrawalsSince)
      .groupBy("week")
      .orderBy("week")
      .execute(),
  ]);
  const answered = perDay.reduce((sum, day) => sum + day.answered, 0);
  const refused = perDay.reduce((sum, day) => sum + day.refused, 0);
  const questionsPerDay: AssistantDay[] = perDay;
  return {
    days,
    book: {
      indexedAt: book.updatedAt === null ? null : iso(book.updatedAt),
      lastIngest: book.report.ingest ?? null,
      failedPages: book.report.failed,
    },
    questions: { total: answered + refused, answered, refused, answeredShare: share(answered, refused) },
    questionsPerDay,
    questionsPerVersion: perVersion,
    topCitedPages: topPages.rows,
    unanswered: unanswered.map(({ id, question, version, askedAt }) => ({
      id,
      question,
      version,
      askedAt: iso(askedAt),
    })),
    feedback: { up: votes.up, down: votes.down, upShare: share(votes.up, votes.down), voters: votes.voters },
    latestComments: comments.map(({ id, question, answered, vote, comment, createdAt }) => ({
      id,
      question,
      answered,
      vote: voteOf(vote),
      comment: comment ?? "",
      createdAt: iso(createdAt),
    })),
    consent: {
      readersWithConsent: readers.withConsent,
      readersWithoutConsent: readers.withoutConsent,
      withdrawalsPerWeek: withdrawals,
    },
  };
}

/** The first count's share of both; 0 when there is nothing to share. */
function share(part: number, other: number): number {
  return part + other === 0 ? 0 : part / (part + other);
}

function iso(value: Date): string {
  return value.toISOString();
}

function voteOf(stored: number): Vote {
  return stored > 0 ? "up" : "down";
}
