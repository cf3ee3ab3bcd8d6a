import { useState } from "react";

import { memoByObject } from "~/platform/memo-by-object";

import { plural } from "../plural";
import { type Heatmap, type HeatmapDay, heatmapMonths, heatmapWeeks } from "../progress-summary";

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
/**
 * One path per level, each cell a 9 px square drawn with a 2 px round-joined stroke of the
 * same colour: an 11 px cell with rounded corners in ~16 bytes instead of a rect and a
 * title (~130 bytes, 371 of them: most of the page). The lighter levels are the full
 * colour at an opacity, so the stroke never doubles the fill's alpha.
 */
const LEVELS = [
  { className: "fill-base-300 stroke-base-300", opacity: 1 },
  { className: "fill-success stroke-success", opacity: 0.35 },
  { className: "fill-success stroke-success", opacity: 0.6 },
  { className: "fill-success stroke-success", opacity: 0.8 },
  { className: "fill-success stroke-success", opacity: 1 },
] as const;
const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];
const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const LEFT = 28;
const TOP = 16;
const WIDTH = LEFT + 53 * STEP;
const HEIGHT = TOP + 7 * STEP;
const LABEL_CLASS = "fill-base-content/60 text-[9px]";

/**
 * The SVG's cells and labels as markup, the same on the server and in the browser (a pure
 * function of the heatmap, so hydration matches). Only dates, numbers and the constant
 * class names above go into it.
 */
export const heatmapCells = memoByObject(buildCells);

/** The text alternative's rows (one per month), kept like the cells. */
const monthRows = memoByObject((heatmap: Heatmap) =>
  heatmapMonths(heatmap)
    .filter((m) => /^\d{4}-\d{2}$/.test(m.month))
    .map(
      (m) =>
        `<tr><th scope="row">${monthName(m.month)}</th><td>${Math.trunc(m.activeDays)}</td><td>${Math.trunc(m.count)}</td></tr>`,
    )
    .join(""),
);

function buildCells(heatmap: Heatmap): string {
  const parts: string[] = [];
  WEEKDAYS.forEach((day, i) => {
    if (day) parts.push(`<text x="0" y="${TOP + i * STEP + CELL - 2}" class="${LABEL_CLASS}">${day}</text>`);
  });
  const cells = LEVELS.map(() => [] as string[]);
  let lastMonth = "";
  heatmapWeeks(heatmap).forEach((week, w) => {
    const x = LEFT + w * STEP;
    const firstDay = week.find(Boolean);
    const month = firstDay?.date.slice(0, 7) ?? "";
    if (month && month !== lastMonth && firstDay!.date.slice(8) <= "07") {
      parts.push(`<text x="${x}" y="10" class="${LABEL_CLASS}">${MONTH_NAMES[Number(month.slice(5, 7)) - 1]}</text>`);
    }
    if (month) lastMonth = month;
    week.forEach((day, d) => {
      if (day) cells[day.level]!.push(`M${x + 1} ${TOP + d * STEP + 1}h9v9h-9z`);
    });
  });
  LEVELS.forEach((level, i) => {
    const days = cells[i]!;
    if (!days.length) return;
    const opacity = level.opacity === 1 ? "" : ` opacity="${level.opacity}"`;
    parts.push(
      `<path d="${days.join("")}" class="${level.className}"${opacity} stroke-width="2" stroke-linejoin="round" data-level="${i}" data-days="${days.length}"/>`,
    );
  });
  return parts.join("");
}

/** The day under a point of the SVG (its own coordinates), or null between and outside cells. */
export function heatmapDayAt(
  weeks: ReturnType<typeof heatmapWeeks>,
  x: number,
  y: number,
): (HeatmapDay & { week: number; weekday: number }) | null {
  const week = Math.floor((x - LEFT) / STEP);
  const weekday = Math.floor((y - TOP) / STEP);
  if (week < 0 || week >= 53 || weekday < 0 || weekday >= 7) return null;
  // The gap between cells belongs to no day.
  if (x - LEFT - week * STEP > CELL || y - TOP - weekday * STEP > CELL) return null;
  const day = weeks[week]?.[weekday];
  return day ? { ...day, week, weekday } : null;
}

function dayLabel(day: HeatmapDay & { weekday: number }): string {
  const [year, month, date] = day.date.split("-");
  const when = `${WEEKDAY_NAMES[day.weekday]} ${Number(date)} ${MONTH_NAMES[Number(month) - 1]} ${year}`;
  return `${when}: ${day.count ? plural(day.count, "activity", "activities") : "no activity"}`;
}

const monthName = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

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
  const [hovered, setHovered] = useState<ReturnType<typeof heatmapDayAt>>(null);
  const summary = `${plural(heatmap.activeDays, "active day")} and ${plural(heatmap.total, "counted activity", "counted activities")} in the last year.`;
  // A pointer over a cell (or a tap on a phone) names its day; screen readers have the table.
  const point = (event: React.MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width ? WIDTH / box.width : 1;
    setHovered(
      heatmapDayAt(heatmapWeeks(heatmap), (event.clientX - box.left) * scale, (event.clientY - box.top) * scale),
    );
  };
  return (
    <figure className="flex flex-col gap-2" data-testid="heatmap">
      <figcaption className="text-sm font-medium">
        {label}: <span data-testid="heatmap-summary">{summary}</span>
      </figcaption>
      {/* Wider than a phone: focusable so the keyboard can scroll it. */}
      <div className="relative overflow-x-auto" tabIndex={0} role="group" aria-label={label}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          className="max-w-none"
          aria-hidden="true"
          focusable="false"
          onMouseMove={point}
          onClick={point}
          onMouseLeave={() => setHovered(null)}
          // One string instead of ~800 React elements: the cells were most of the page's render time.
          dangerouslySetInnerHTML={{ __html: heatmapCells(heatmap) }}
        />
        {hovered ? (
          <div
            className="bg-neutral text-neutral-content pointer-events-none absolute z-10 rounded px-2 py-1 text-xs whitespace-nowrap shadow"
            // Inside the scrolling box (which clips): above the lower rows, below the upper ones.
            style={{
              left: LEFT + hovered.week * STEP + CELL / 2,
              top: hovered.weekday < 3 ? TOP + (hovered.weekday + 1) * STEP : TOP + hovered.weekday * STEP - 3,
              transform: `translate(${hovered.week < 8 ? "-10%" : hovered.week > 40 ? "-90%" : "-50%"}, ${hovered.weekday < 3 ? "0" : "-100%"})`,
            }}
            data-testid="heatmap-day"
          >
            {dayLabel(hovered)}
          </div>
        ) : null}
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
          {/* Rows as markup with the cells: month names and numbers only. */}
          <tbody dangerouslySetInnerHTML={{ __html: monthRows(heatmap) }} />
        </table>
      </details>
    </figure>
  );
}
