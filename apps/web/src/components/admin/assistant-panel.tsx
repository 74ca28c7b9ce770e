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
  // A site with versions: where readers ask, and which version a refused question was asked of.
  const versioned = stats.questionsPerVersion.length > 1;
  return (
    <>
      <BookIndexNotice book={stats.book} />
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

      {versioned && (
        <>
          <h3>Questions by version</h3>
          <table className="assistant-table" data-testid="questions-per-version">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Answered</th>
                <th scope="col">Not answered</th>
              </tr>
            </thead>
            <tbody>
              {stats.questionsPerVersion.map((row) => (
                <tr key={row.version ?? ""}>
                  <th scope="row">{row.version ?? "(before versions were recorded)"}</th>
                  <td>{row.answered}</td>
                  <td>{row.refused}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>Questions the documentation could not answer</h3>
      {stats.unanswered.length === 0 ? (
        <p className="muted">None in the last {DAYS} days.</p>
      ) : (
        <ul className="assistant-list" data-testid="unanswered-questions">
          {stats.unanswered.map((question) => (
            <li key={question.id}>
              <q>{question.question}</q>{" "}
              <span className="muted">
                {versioned && question.version !== null ? `${question.version}, ` : ""}
                {shortDate(question.askedAt)}
              </span>
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

/**
 * What the docs team must know about the book itself: an ingest running or failed (readers get the
 * book as last indexed), and pages that could not be rendered (each keeps its last indexed version).
 */
function BookIndexNotice({ book }: { book: AssistantStats["book"] }) {
  const { lastIngest, failedPages } = book;
  if (lastIngest?.status !== "failed" && lastIngest?.status !== "indexing" && failedPages.length === 0) return null;
  return (
    <div className="book-index-notice" role="status" data-testid="book-index-notice">
      {lastIngest?.status === "indexing" && (
        <p>The book is being indexed (since {shortDate(lastIngest.at)}): readers get it as last indexed.</p>
      )}
      {lastIngest?.status === "failed" && (
        <p>
          The last indexing of the book failed on {shortDate(lastIngest.at)}: {lastIngest.message}. Readers get the book
          as indexed {book.indexedAt === null ? "before" : `on ${shortDate(book.indexedAt)}`}.
        </p>
      )}
      {failedPages.length > 0 && (
        <>
          <p>
            {failedPages.length === 1 ? "One page" : `${failedPages.length} pages`} could not be rendered; each is
            served as last indexed (or not at all if it is new):
          </p>
          <ul>
            {failedPages.map((page) => (
              <li key={page.path}>
                <code>{page.path}</code>: {page.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
