import type { AppRouter } from "@pagewise/api";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { useLiveHealth } from "../hooks/use-live-health";

type Health = inferRouterOutputs<AppRouter>["health"];

/**
 * Without `data` the error did not come from tRPC on the server: the request failed, or a
 * proxy answered in its place. The client's raw message ("Failed to fetch", "Unexpected end
 * of JSON input") means little to a reader, so it is shown only as a detail.
 */
function describeFailure(error: TRPCClientErrorLike<AppRouter>): { headline: string; detail: string } {
  if (error.data) return { headline: "The server reported an error.", detail: error.message };
  return {
    headline: "The server could not be reached.",
    detail: `Check that it is running, then try again. (Details: ${error.message})`,
  };
}

export function HealthPanel() {
  // Asked every 5 s: a stopped server shows as such within seconds, not as its last "ok".
  const { health, silentForSeconds } = useLiveHealth();

  return (
    <section className="panel" aria-labelledby="pw-health-heading" aria-busy={health.isPending}>
      <h2 id="pw-health-heading">Server health</h2>
      {health.isPending ? (
        <p className="muted">Checking the server…</p>
      ) : health.isError ? (
        <HealthError error={health.error} retrying={health.isFetching} onRetry={() => health.refetch()} />
      ) : silentForSeconds !== undefined ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong data-testid="health-silent">The server has not answered for {silentForSeconds} s.</strong> Its last
            answer is below.
          </p>
          <HealthDetails health={health.data} />
        </div>
      ) : (
        <HealthDetails health={health.data} />
      )}
    </section>
  );
}

function HealthDetails({ health }: { health: Health }) {
  const { database } = health;
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd data-testid="health-status" className={`status status-${health.status}`}>
        {health.status}
      </dd>
      <dt>Database driver</dt>
      <dd data-testid="health-driver">{database.driver}</dd>
      <dt>Database</dt>
      <dd data-testid="health-database" className={`status status-${database.status}`}>
        {database.status === "up" ? `up (${database.latencyMs} ms)` : `down: ${database.error}`}
      </dd>
      <dt>Server time</dt>
      <dd data-testid="health-time">
        <time dateTime={health.time}>{new Date(health.time).toLocaleString()}</time>
      </dd>
    </dl>
  );
}

function HealthError(props: { error: TRPCClientErrorLike<AppRouter>; retrying: boolean; onRetry: () => void }) {
  const { headline, detail } = describeFailure(props.error);
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{headline}</strong> {detail}
      </p>
      <button type="button" onClick={props.onRetry} disabled={props.retrying}>
        {props.retrying ? "Retrying…" : "Try again"}
      </button>
    </div>
  );
}
