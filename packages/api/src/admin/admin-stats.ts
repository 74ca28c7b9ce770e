import type { PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";

export interface DailyCount {
  day: string;
  count: number;
}

/**
 * Aggregates for privacy compliance reporting: counts only, never a name, an
 * email or an id. Daily series cover the last `days` days.
 */
export async function adminStats(db: PagewiseDatabase["db"], days: number) {
  const since = new Date(Date.now() - days * 86_400_000);
  const [users, consent, events] = await Promise.all([
    db
      .selectFrom("user")
      .select([
        sql<number>`count(*)::int`.as("total"),
        sql<number>`count(*) filter (where role = 'admin')::int`.as("admins"),
        sql<number>`count(*) filter (where banned)::int`.as("banned"),
        sql<number>`count(*) filter (where "createdAt" >= ${since})::int`.as("recent"),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("profile")
      .select(sql<number>`count(*) filter (where consent_given)::int`.as("consenting"))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("auth_event")
      .select([
        "kind",
        sql<string>`to_char(date_trunc('day', created_at), 'YYYY-MM-DD')`.as("day"),
        sql<number>`count(*)::int`.as("count"),
      ])
      .where("created_at", ">=", since)
      .where("kind", "in", ["sign_up", "sign_in", "sign_in_failed"])
      .groupBy(["kind", "day"])
      .orderBy("day")
      .execute(),
  ]);
  const series = (kind: string): DailyCount[] =>
    events.filter((event) => event.kind === kind).map(({ day, count }) => ({ day, count }));
  return {
    days,
    users: { total: users.total, admins: users.admins, banned: users.banned, signedUpInPeriod: users.recent },
    consentRate: users.total === 0 ? 0 : consent.consenting / users.total,
    signUpsPerDay: series("sign_up"),
    signInsPerDay: series("sign_in"),
    authFailuresPerDay: series("sign_in_failed"),
  };
}
