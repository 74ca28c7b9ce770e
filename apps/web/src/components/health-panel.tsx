import type { AppRouter } from "@pagewise/api";
import { isTRPCClientError, type TRPCClientErrorLike } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { trpc } from "../trpc";

type Health = inferRouterOutputs<AppRouter>["health"];

/**
 * A proxy or a stopped server answers with something that is not tRPC JSON, and the
 * client's raw message ("Unexpected end of JSON input") would mean nothing to a reader.
 */
function describeFailure(error: TRPCClientErrorLike<AppRouter>): { headline: string; detail: string } {
  if (error.data) return { headline: "The server reported an error.", detail: error.message };
  // The hook types the error structurally; at runtime it is a TRPCClientError carrying the HTTP response.
  const response = isTRPCClientError<AppRouter>(error) ? error.meta?.response : undefined;
  const detail =
    response instanceof Response ? `It answered HTTP ${response.status} ${response.statusText}.` : error.message;
  return { headline: "The server could not be reached.", detail: detail.trim() };
}

export function HealthPanel() {
  // One retry: a down server should show its error within seconds, not after the default backoff.
  const health = trpc.health.useQuery(undefined, { retry: 1 });

  return (
    <section className="panel" aria-labelledby="health-heading" aria-busy={health.isPending}>
      <h2 id="health-heading">Server health</h2>
      {health.isPending ? (
        <p className="muted">Checking the server…</p>
      ) : health.isError ? (
        <HealthError error={health.error} retrying={health.isFetching} onRetry={() => health.refetch()} />
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
