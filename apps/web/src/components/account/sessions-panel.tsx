import type { AccountSession } from "../../lib/api-types";
import { requestErrorMessage } from "../../lib/request-error";
import { describeDevice } from "../../lib/user-agent";
import { trpc } from "../../trpc";
import { RequestErrorNotice } from "../request-error-notice";

/** Where the account is signed in, and a way to end any of those sessions but this one. */
export function SessionsPanel() {
  const utils = trpc.useUtils();
  const sessions = trpc.account.sessions.useQuery(undefined, { retry: 1 });
  const revoke = trpc.account.revokeSession.useMutation({
    onSettled: () => utils.account.sessions.invalidate(),
  });

  return (
    <section className="panel" aria-labelledby="pw-sessions-heading" aria-busy={sessions.isPending}>
      <h2 id="pw-sessions-heading">Where you are signed in</h2>
      {sessions.isPending ? (
        <p className="muted">Loading your sessions…</p>
      ) : sessions.isError ? (
        <RequestErrorNotice
          what="Could not load your sessions"
          error={sessions.error}
          onRetry={() => void sessions.refetch()}
          retrying={sessions.isFetching}
        />
      ) : (
        <ul className="session-list">
          {sessions.data.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              revoking={revoke.isPending && revoke.variables.sessionId === session.id}
              onRevoke={() => revoke.mutate({ sessionId: session.id })}
            />
          ))}
        </ul>
      )}
      {revoke.isError && (
        <p className="field-error" role="alert">
          Could not sign that session out: {requestErrorMessage(revoke.error)}
        </p>
      )}
    </section>
  );
}

interface SessionRowProps {
  session: AccountSession;
  revoking: boolean;
  onRevoke: () => void;
}

function SessionRow({ session, revoking, onRevoke }: SessionRowProps) {
  const device = describeDevice(session.userAgent);
  const lastSeen = new Date(session.updatedAt);
  return (
    <li className="session-row" data-testid="session-row">
      <div>
        <p className="session-device">
          {device}
          {session.current && <span className="badge">This device</span>}
        </p>
        <p className="field-hint">
          Last active <time dateTime={lastSeen.toISOString()}>{lastSeen.toLocaleString()}</time>
          {session.ipAddress ? ` · ${session.ipAddress}` : ""}
        </p>
      </div>
      {!session.current && (
        <button type="button" onClick={onRevoke} aria-disabled={revoking || undefined}>
          {revoking ? "Signing out…" : "Sign out"}
          <span className="visually-hidden"> {device}</span>
        </button>
      )}
    </li>
  );
}
