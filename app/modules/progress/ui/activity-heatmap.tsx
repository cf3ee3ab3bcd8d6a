import { type Heatmap, heatmapWeeks } from "../progress-summary";

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

const LEFT = 28;
const TOP = 16;
const LABEL_CLASS = "fill-base-content/60 text-[9px]";

/**
 * The SVG's cells and labels as markup, the same on the server and in the browser (a pure
 * function of the heatmap, so hydration matches). Only dates, numbers and the constant
 * class names above go into it.
 */
export function heatmapCells(heatmap: Heatmap): string {
  let markup = markupCache.get(heatmap);
  if (markup === undefined) {
    markup = buildCells(heatmap);
    markupCache.set(heatmap, markup);
  }
  return markup;
}

// The server reuses a user's view while nothing changed (ADR 086): its markup with it.
const markupCache = new WeakMap<Heatmap, string>();

function buildCells(heatmap: Heatmap): string {
  const parts: string[] = [];
  WEEKDAYS.forEach((day, i) => {
    if (day) parts.push(`<text x="0" y="${TOP + i * (CELL + GAP) + CELL - 2}" class="${LABEL_CLASS}">${day}</text>`);
  });
  let lastMonth = "";
  heatmapWeeks(heatmap).forEach((week, w) => {
    const firstDay = week.find(Boolean);
    const month = firstDay?.date.slice(0, 7) ?? "";
    const showMonth = month && month !== lastMonth && firstDay!.date.slice(8) <= "07";
    if (month) lastMonth = month;
    parts.push(`<g transform="translate(${LEFT + w * (CELL + GAP)}, 0)">`);
    if (showMonth)
      parts.push(`<text x="0" y="10" class="${LABEL_CLASS}">${MONTH_NAMES[Number(month.slice(5, 7)) - 1]}</text>`);
    week.forEach((day, d) => {
      if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day.date)) return;
      const count = Math.trunc(day.count);
      parts.push(
        `<rect y="${TOP + d * (CELL + GAP)}" width="${CELL}" height="${CELL}" rx="2" class="${LEVEL_CLASSES[day.level] ?? LEVEL_CLASSES[0]}" data-count="${count}"><title>${day.date}: ${count ? plural(count, "activity") : "no activity"}</title></rect>`,
      );
    });
    parts.push("</g>");
  });
  return parts.join("");
}

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
  const width = LEFT + 53 * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
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
          // One string instead of ~800 React elements: the cells were most of the page's render time.
          dangerouslySetInnerHTML={{ __html: heatmapCells(heatmap) }}
        />
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
