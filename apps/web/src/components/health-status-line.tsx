import { Link } from "@tanstack/react-router";
import { useLiveHealth } from "../hooks/use-live-health";

/**
 * One line for operators (in the admin area) saying whether the server and its database answer
 * right now; the full panel is on /status. Its test ids are the ones the health browser test reads.
 */
export function HealthStatusLine() {
  const { health, silentForSeconds } = useLiveHealth();
  if (health.isPending) return <p className="status-line muted">Checking the server…</p>;
  if (health.isError || silentForSeconds !== undefined) {
    return (
      <p className="status-line" role="alert">
        <span className="status status-down" data-testid="health-status">
          {silentForSeconds === undefined
            ? "The server could not be reached."
            : `The server has not answered for ${silentForSeconds} s.`}
        </span>{" "}
        <button type="button" className="link-button" onClick={() => void health.refetch()}>
          Check again
        </button>
      </p>
    );
  }
  const { data } = health;
  return (
    <p className="status-line muted">
      Server{" "}
      <span data-testid="health-status" className={`status status-${data.status}`}>
        {data.status}
      </span>
      {" · "}database <span data-testid="health-driver">{data.database.driver}</span>{" "}
      <span data-testid="health-database" className={`status status-${data.database.status}`}>
        {data.database.status === "up" ? `up (${data.database.latencyMs} ms)` : "down"}
      </span>
      {" · "}
      <time data-testid="health-time" dateTime={data.time}>
        {new Date(data.time).toLocaleTimeString()}
      </time>
      {" · "}
      <Link to="/status">Details</Link>
    </p>
  );
}
