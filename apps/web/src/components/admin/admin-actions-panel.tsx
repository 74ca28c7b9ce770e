import { trpc } from "../../trpc";
import { RequestErrorNotice } from "../request-error-notice";

const LABELS: Record<string, string> = {
  role_changed: "Changed the role of",
  user_banned: "Banned",
  user_unbanned: "Unbanned",
  user_sessions_revoked: "Signed out everywhere",
};

/** The administrators' own audit trail: every admin action, who did it, to whom, when. */
export function AdminActionsPanel() {
  const actions = trpc.admin.actions.useQuery({ limit: 20, offset: 0 }, { retry: 1 });

  return (
    <section className="panel" aria-labelledby="admin-actions-heading">
      <h2 id="admin-actions-heading">Admin actions</h2>
      {actions.isPending ? (
        <p className="muted" role="status">
          Loading admin actions…
        </p>
      ) : actions.isError ? (
        <RequestErrorNotice
          what="Could not load the admin actions"
          error={actions.error}
          onRetry={() => void actions.refetch()}
          retrying={actions.isFetching}
        />
      ) : actions.data.actions.length === 0 ? (
        <p>No admin actions yet.</p>
      ) : (
        <ul data-testid="admin-actions">
          {actions.data.actions.map((action) => (
            <li key={action.id}>
              <time dateTime={new Date(action.at).toISOString()}>{new Date(action.at).toLocaleString()}</time>{" "}
              {action.by ?? "A deleted admin"}: {LABELS[action.kind] ?? action.kind} {action.on ?? "a deleted account"}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
