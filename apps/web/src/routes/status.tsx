import { HealthPanel } from "../components/health-panel";
import { useDocumentTitle } from "../hooks/use-document-title";

export function StatusPage() {
  useDocumentTitle("Status");
  return (
    <>
      <h1>Status</h1>
      <p className="lead">Whether the server and its database answer right now.</p>
      <HealthPanel />
    </>
  );
}
