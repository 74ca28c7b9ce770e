import type { PagewiseDatabase } from "@pagewise/db";
import { readProfile } from "../profile/read-profile";

/**
 * Everything Pagewise stores about one user, as one JSON document (the right
 * of access). Secrets are left out: no password hashes, OAuth tokens or session
 * tokens.
 */
export async function exportAccount(db: PagewiseDatabase["db"], userId: string) {
  const [user, accounts, sessions, profile, consentHistory, authEvents] = await Promise.all([
    db
      .selectFrom("user")
      .select([
        "id",
        "name",
        "email",
        "emailVerified",
        "image",
        "role",
        "banned",
        "banReason",
        "createdAt",
        "updatedAt",
      ])
      .where("id", "=", userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("account")
      .select(["providerId", "accountId", "scope", "createdAt", "updatedAt"])
      .where("userId", "=", userId)
      .orderBy("createdAt")
      .execute(),
    db
      .selectFrom("session")
      .select(["id", "createdAt", "updatedAt", "expiresAt", "ipAddress", "userAgent"])
      .where("userId", "=", userId)
      .orderBy("createdAt")
      .execute(),
    readProfile(db, userId),
    db
      .selectFrom("consent_event")
      .select(["given", "policy_version", "created_at"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("auth_event")
      .select(["kind", "created_at", "user_agent"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    user,
    accounts,
    sessions,
    profile,
    consentHistory: consentHistory.map((event) => ({
      given: event.given,
      policyVersion: event.policy_version,
      at: event.created_at,
    })),
    authEvents: authEvents.map((event) => ({ kind: event.kind, at: event.created_at, device: event.user_agent })),
  };
}
