import { Link } from "@tanstack/react-router";
import { ChangePasswordPanel } from "../components/account/change-password-panel";
import { DeleteAccountPanel } from "../components/account/delete-account-panel";
import { ExportPanel } from "../components/account/export-panel";
import { SessionsPanel } from "../components/account/sessions-panel";
import { AuthPage } from "../components/auth-page";
import { useSignedInSession } from "../hooks/use-signed-in-session";

export function AccountPage() {
  const { user } = useSignedInSession();
  return (
    <AuthPage title="Your account">
      <section className="panel" aria-labelledby="pw-account-details-heading">
        <h2 id="pw-account-details-heading">Details</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd data-testid="account-user-name">{user.name}</dd>
          <dt>Email</dt>
          <dd data-testid="account-user-email">{user.email}</dd>
        </dl>
        <p>
          Your background and answer style are on <Link to="/profile">your profile</Link>.
        </p>
      </section>
      <SessionsPanel />
      <ChangePasswordPanel />
      <ExportPanel />
      <DeleteAccountPanel />
    </AuthPage>
  );
}
