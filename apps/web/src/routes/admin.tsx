import { AdminActionsPanel } from "../components/admin/admin-actions-panel";
import { AssistantPanel } from "../components/admin/assistant-panel";
import { StatsPanel } from "../components/admin/stats-panel";
import { UsersPanel } from "../components/admin/users-panel";
import { HealthStatusLine } from "../components/health-status-line";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useSignedInSession } from "../hooks/use-signed-in-session";

/**
 * Administration. The nav shows it to admins only, but that is a courtesy: the server refuses
 * every admin.* call from anyone else, whatever this page does.
 */
export function AdminPage() {
  useDocumentTitle("Administration");
  const { user } = useSignedInSession();

  if (user.role !== "admin") {
    return (
      <section aria-labelledby="pw-admin-heading">
        <h1 id="pw-admin-heading">Administration</h1>
        <p className="notice notice-error" role="alert">
          This page is for administrators. Ask an administrator if you need access.
        </p>
      </section>
    );
  }

  return (
    <section className="wide-page admin" aria-labelledby="pw-admin-heading">
      <h1 id="pw-admin-heading">Administration</h1>
      <HealthStatusLine />
      <StatsPanel />
      <AssistantPanel />
      <UsersPanel selfId={user.id} />
      <AdminActionsPanel />
    </section>
  );
}
