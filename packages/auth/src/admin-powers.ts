/**
 * What an administrator can do in Pagewise: see who has an account, change
 * roles, ban and unban, and end an account's sessions. Every one of these is
 * recorded in the auth log with who acted, on whom, and when.
 */
export const OFFERED_ADMIN_PATHS = [
  "/admin/list-users",
  "/admin/set-role",
  "/admin/ban-user",
  "/admin/unban-user",
  "/admin/revoke-user-sessions",
] as const;

/**
 * Better Auth's admin plugin can do much more; these endpoints are switched off
 * (404), because each lets one administrator act as, or silently take over, an
 * account: impersonation, setting a password or an email, creating and
 * removing accounts, reading one account's sessions.
 */
export const DISABLED_ADMIN_PATHS = [
  "/admin/impersonate-user",
  "/admin/stop-impersonating",
  "/admin/set-user-password",
  "/admin/update-user",
  "/admin/create-user",
  "/admin/remove-user",
  "/admin/get-user",
  "/admin/list-user-sessions",
  "/admin/revoke-user-session",
  "/admin/has-permission",
] as const;
