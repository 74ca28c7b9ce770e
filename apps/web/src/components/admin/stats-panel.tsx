import { fillDailySeries } from "../../lib/daily-series";
import { trpc } from "../../trpc";
import { RequestErrorNotice } from "../request-error-notice";
import { BarChart } from "./bar-chart";

const DAYS = 30;

/** Counts for compliance reporting: never a name or an email, only numbers. */
export function StatsPanel() {
  const stats = trpc.admin.stats.useQuery({ days: DAYS }, { retry: 1 });

  return (
    <section className="panel" aria-labelledby="pw-stats-heading" aria-busy={stats.isPending}>
      <h2 id="pw-stats-heading">The last {DAYS} days</h2>
      {stats.isPending ? (
        <p className="muted">Loading the numbers…</p>
      ) : stats.isError ? (
        <RequestErrorNotice
          what="Could not load the numbers"
          error={stats.error}
          onRetry={() => void stats.refetch()}
          retrying={stats.isFetching}
        />
      ) : (
        <>
          <dl className="stat-cards" data-testid="admin-stats">
            <div>
              <dt>Users</dt>
              <dd data-testid="stat-users">{stats.data.users.total}</dd>
            </div>
            <div>
              <dt>New in {DAYS} days</dt>
              <dd>{stats.data.users.signedUpInPeriod}</dd>
            </div>
            <div>
              <dt>Admins</dt>
              <dd>{stats.data.users.admins}</dd>
            </div>
            <div>
              <dt>Banned</dt>
              <dd data-testid="stat-banned">{stats.data.users.banned}</dd>
            </div>
            <div>
              <dt>Consent given</dt>
              <dd>
                {Math.round(stats.data.consentRate * 100)}%
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${Math.round(stats.data.consentRate * 100)}%` }} />
                </span>
              </dd>
            </div>
          </dl>
          <div className="charts">
            <BarChart title="Sign-ups" tone="accent" series={fillDailySeries(stats.data.signUpsPerDay, DAYS)} />
            <BarChart title="Sign-ins" tone="ok" series={fillDailySeries(stats.data.signInsPerDay, DAYS)} />
            <BarChart
              title="Failed sign-ins"
              tone="bad"
              series={fillDailySeries(stats.data.authFailuresPerDay, DAYS)}
            />
          </div>
        </>
      )}
    </section>
  );
}
