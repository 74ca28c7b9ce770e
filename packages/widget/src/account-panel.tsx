import type { PagewiseClient, PagewiseUser } from "@pagewise/client";
import { useState } from "preact/hooks";

/**
 * Sign in or out without leaving the page. The session's token stays in this page's memory
 * (clients.ts): the host site never sees it, and it is gone when the page closes.
 */
export function AccountPanel({
  client,
  server,
  user,
  onSignedIn,
  onSignedOut,
  onDone,
}: {
  client: PagewiseClient;
  server: string;
  user: PagewiseUser | null;
  onSignedIn: (user: PagewiseUser) => void;
  onSignedOut: () => void;
  onDone: () => void;
}) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (user !== null) {
    return (
      <div class="pw-account">
        <p>
          Signed in as <strong>{user.email}</strong>. Answers follow your profile's background.
        </p>
        <div class="pw-row">
          <button
            type="button"
            class="pw-button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await client.auth.signOut();
              setBusy(false);
              onSignedOut();
            }}
          >
            Sign out
          </button>
          <button type="button" class="pw-button pw-quiet" onClick={onDone}>
            Back to questions
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      class="pw-account"
      aria-label="Sign in"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setBusy(true);
        setError(undefined);
        const result = await client.auth
          .signIn({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") })
          .catch(() => undefined);
        setBusy(false);
        if (result === undefined) setError("The assistant could not be reached from this site. Try again later.");
        else if (result.error) setError(result.error.message);
        else onSignedIn(result.data.user);
      }}
    >
      <label class="pw-field">
        <span>Email</span>
        <input name="email" type="email" autocomplete="username" required />
      </label>
      <label class="pw-field">
        <span>Password</span>
        <input name="password" type="password" autocomplete="current-password" required />
      </label>
      {error !== undefined && (
        <p class="pw-error" role="alert">
          {error}
        </p>
      )}
      <div class="pw-row">
        <button type="submit" class="pw-button pw-primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
        <button type="button" class="pw-button pw-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
      <p class="pw-small">
        No account yet? <a href={new URL("/sign-up", server).href}>Create one</a> (it opens the assistant's site).
      </p>
    </form>
  );
}
