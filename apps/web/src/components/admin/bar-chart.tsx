import type { DayCount } from "../../lib/daily-series";

interface BarChartProps {
  title: string;
  series: readonly DayCount[];
  /** A CSS class choosing the bars' colour. */
  tone: "accent" | "ok" | "bad";
}

const WIDTH = 300;
const HEIGHT = 80;

/**
 * A daily series as plain SVG bars. The picture is one image with a summary for screen readers,
 * and the exact numbers are in a table just below it, folded away for sighted readers.
 */
export function BarChart({ title, series, tone }: BarChartProps) {
  const max = Math.max(1, ...series.map((point) => point.count));
  const total = series.reduce((sum, point) => sum + point.count, 0);
  const slot = WIDTH / Math.max(1, series.length);
  const first = series[0]?.day;
  const last = series.at(-1)?.day;
  const summary = `${title}: ${total} in total over ${series.length} days, at most ${max === 1 && total === 0 ? 0 : max} in one day.`;

  return (
    <figure className="bar-chart">
      <figcaption>
        <span className="bar-chart-title">{title}</span> <span className="bar-chart-total">{total}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={summary}>
        <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="bar-chart-axis" />
        {series.map((point, index) => {
          const height = (point.count / max) * (HEIGHT - 4);
          return (
            <rect
              key={point.day}
              className={`bar bar-${tone}`}
              x={index * slot + slot * 0.15}
              y={HEIGHT - height}
              width={slot * 0.7}
              height={height}
            >
              <title>{`${point.day}: ${point.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="bar-chart-range muted" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <details className="bar-chart-table">
        <summary>Numbers by day</summary>
        <table>
          <caption className="visually-hidden">{title} by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Count</th>
            </tr>
          </thead>
          <tbody>
            {series
              .filter((point) => point.count > 0)
              .map((point) => (
                <tr key={point.day}>
                  <td>{point.day}</td>
                  <td>{point.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
