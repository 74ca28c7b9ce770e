import type { AssistantStats } from "../../lib/api-types";
import { fillDailySeries } from "../../lib/daily-series";
import { trpc } from "../../trpc";
import { DocLink } from "../doc-link";
import { RequestErrorNotice } from "../request-error-notice";
import { BarChart } from "./bar-chart";

const DAYS = 30;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const shortDate = (iso: string) => iso.slice(0, 10);

/**
 * The assistant's numbers: how much it is asked, how often the book has no answer (and to what:
 * the list a docs team works through), which pages answers lean on, what readers think of the
 * answers; and the consent figures privacy reporting asks for. Questions carry no identity.
 */
export function AssistantPanel() {
  const stats = trpc.admin.assistantStats.useQuery({ days: DAYS }, { retry: 1 });

  return (
    <section
      id="assistant"
      className="panel assistant-stats"
      aria-labelledby="pw-assistant-heading"
      aria-busy={stats.isPending}
    >
      <h2 id="pw-assistant-heading">Assistant</h2>
      {stats.isPending ? (
        <p className="muted">Loading the assistant's numbers…</p>
      ) : stats.isError ? (
        <RequestErrorNotice
          what="Could not load the assistant's numbers"
          error={stats.error}
          onRetry={() => void stats.refetch()}
          retrying={stats.isFetching}
        />
      ) : (
        <AssistantFigures stats={stats.data} />
      )}
    </section>
  );
}

function AssistantFigures({ stats }: { stats: AssistantStats }) {
  const asked = stats.questionsPerDay.map(({ day, answered, refused }) => ({ day, count: answered + refused }));
  const refused = stats.questionsPerDay.map(({ day, refused }) => ({ day, count: refused }));
  const votes = stats.feedback.up + stats.feedback.down;
  return (
    <>
      <dl className="stat-cards" data-testid="assistant-stats">
        <div>
          <dt>Questions in {DAYS} days</dt>
          <dd data-testid="stat-questions">{stats.questions.total}</dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd data-testid="stat-answered-share">{percent(stats.questions.answeredShare)}</dd>
        </div>
        <div>
          <dt>Not answered</dt>
          <dd>{stats.questions.refused}</dd>
        </div>
        <div>
          <dt>Votes helpful / not helpful</dt>
          <dd data-testid="stat-votes">
            {stats.feedback.up} / {stats.feedback.down}
            {votes > 0 && <span className="muted"> ({percent(stats.feedback.upShare)} helpful)</span>}
          </dd>
        </div>
        <div>
          <dt>Distinct voters</dt>
          <dd data-testid="stat-voters">{stats.feedback.voters}</dd>
        </div>
      </dl>
      <div className="charts">
        <BarChart title="Questions" tone="accent" series={fillDailySeries(asked, DAYS)} />
        <BarChart title="Not answered" tone="bad" series={fillDailySeries(refused, DAYS)} />
      </div>

      <h3>Questions the documentation could not answer</h3>
      {stats.unanswered.length === 0 ? (
        <p className="muted">None in the last {DAYS} days.</p>
      ) : (
        <ul className="assistant-list" data-testid="unanswered-questions">
          {stats.unanswered.map((question) => (
            <li key={question.id}>
              <q>{question.question}</q> <span className="muted">{shortDate(question.askedAt)}</span>
            </li>
          ))}
        </ul>
      )}

      <h3>Latest comments</h3>
      {stats.latestComments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="assistant-list" data-testid="latest-comments">
          {stats.latestComments.map((comment) => (
            <li key={comment.id}>
              <span role="img" aria-label={comment.vote === "up" ? "Helpful" : "Not helpful"}>
                {comment.vote === "up" ? "👍" : "👎"}
              </span>{" "}
              {comment.comment}
              <br />
              <span className="muted">
                on <q>{comment.question}</q>
                {comment.answered ? "" : " (not answered)"}, {shortDate(comment.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3>Most cited pages</h3>
      {stats.topCitedPages.length === 0 ? (
        <p className="muted">No answer has cited a page yet.</p>
      ) : (
        <ol className="assistant-list" data-testid="top-cited-pages">
          {stats.topCitedPages.map((page) => (
            <li key={page.slug}>
              <DocLink slug={page.slug} anchor="">
                /docs/{page.slug}
              </DocLink>{" "}
              <span className="muted">cited by {page.count}</span>
            </li>
          ))}
        </ol>
      )}

      <h3>Consent (privacy reporting)</h3>
      <dl className="stat-cards" data-testid="consent-stats">
        <div>
          <dt>Readers with consent</dt>
          <dd>{stats.consent.readersWithConsent}</dd>
        </div>
        <div>
          <dt>Readers without consent</dt>
          <dd>{stats.consent.readersWithoutConsent}</dd>
        </div>
        <div>
          <dt>Withdrawals, last 12 weeks</dt>
          <dd>{stats.consent.withdrawalsPerWeek.reduce((sum, week) => sum + week.count, 0)}</dd>
        </div>
      </dl>
      {stats.consent.withdrawalsPerWeek.length > 0 && (
        <table className="assistant-table">
          <caption>Consent withdrawals per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Withdrawals</th>
            </tr>
          </thead>
          <tbody>
            {stats.consent.withdrawalsPerWeek.map((week) => (
              <tr key={week.week}>
                <td>{week.week}</td>
                <td>{week.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
