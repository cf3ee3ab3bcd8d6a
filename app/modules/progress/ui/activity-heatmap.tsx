import type { Heatmap } from "../progress-summary";

const CELL = 11;
const GAP = 3;
const LEVEL_CLASSES = [
  "fill-base-300",
  "fill-success/35",
  "fill-success/60",
  "fill-success/80",
  "fill-success",
] as const;
const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const monthName = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The year of activity as a calendar heatmap (plain SVG, theme colours so it reads in dark
 * mode, scrolls sideways on a phone). Screen readers get a summary and a table by month.
 */
export function ActivityHeatmap({
  heatmap,
  label = "Activity in the last year",
}: {
  heatmap: Heatmap;
  label?: string;
}) {
  const left = 28;
  const top = 16;
  const width = left + heatmap.weeks.length * (CELL + GAP);
  const height = top + 7 * (CELL + GAP);
  let lastMonth = "";
  const summary = `${plural(heatmap.activeDays, "active day")} and ${plural(heatmap.total, "counted activity")} in the last year.`;
  return (
    <figure className="flex flex-col gap-2" data-testid="heatmap">
      <figcaption className="text-sm font-medium">
        {label}: <span data-testid="heatmap-summary">{summary}</span>
      </figcaption>
      {/* Wider than a phone: focusable so the keyboard can scroll it. */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={label}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="max-w-none"
          aria-hidden="true"
          focusable="false"
        >
          {WEEKDAYS.map((day, i) =>
            day ? (
              <text key={day} x={0} y={top + i * (CELL + GAP) + CELL - 2} className="fill-base-content/60 text-[9px]">
                {day}
              </text>
            ) : null,
          )}
          {heatmap.weeks.map((week, w) => {
            const firstDay = week.find(Boolean);
            const month = firstDay?.date.slice(0, 7) ?? "";
            const showMonth = month && month !== lastMonth && firstDay!.date.slice(8) <= "07";
            if (month) lastMonth = month;
            return (
              <g key={w} transform={`translate(${left + w * (CELL + GAP)}, 0)`}>
                {showMonth ? (
                  <text x={0} y={10} className="fill-base-content/60 text-[9px]">
                    {MONTH_NAMES[Number(month.slice(5, 7)) - 1]}
                  </text>
                ) : null}
                {week.map((day, d) =>
                  day ? (
                    <rect
                      key={day.date}
                      y={top + d * (CELL + GAP)}
                      width={CELL}
                      height={CELL}
                      rx={2}
                      className={LEVEL_CLASSES[day.level]}
                      data-date={day.date}
                      data-count={day.count}
                    >
                      <title>{`${day.date}: ${day.count ? plural(day.count, "activity") : "no activity"}`}</title>
                    </rect>
                  ) : null,
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">Activity by month (table)</summary>
        <table className="table-sm table w-auto">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Active days</th>
              <th scope="col">Activities</th>
            </tr>
          </thead>
          <tbody>
            {heatmap.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthName(m.month)}</th>
                <td>{m.activeDays}</td>
                <td>{m.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
