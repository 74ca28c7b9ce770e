/** What the auth log records. Stored as text so adding a kind needs no migration. */
export const AUTH_EVENT_KINDS = [
  "sign_up",
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "password_reset_requested",
  "password_reset_completed",
  "email_verified",
  "user_banned",
  "user_unbanned",
  "role_changed",
  "user_sessions_revoked",
  "account_deleted",
] as const;

export type AuthEventKind = (typeof AUTH_EVENT_KINDS)[number];
