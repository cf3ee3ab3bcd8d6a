// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { DayKey } from "../day-keys";
import { heatmapOf } from "../progress-summary";
import { ActivityHeatmap, heatmapCells } from "./activity-heatmap";

afterEach(cleanup);

// 2026-12-02 is a Wednesday: the last column is its week, Monday 2026-11-30 first.
const TODAY = "2026-12-02" as DayKey;
const heatmap = heatmapOf(
  new Map<DayKey, number>([
    ["2026-11-30" as DayKey, 4],
    ["2026-12-01" as DayKey, 1],
    ["2026-12-02" as DayKey, 1],
    ["2026-01-05" as DayKey, 2],
  ]),
  TODAY,
);
// The SVG's geometry (kept in step with activity-heatmap.tsx): cells 11 px, 3 px apart, after
// a 28 px left margin and a 16 px top one.
const cellCentre = (week: number, weekday: number) => ({ clientX: 28 + week * 14 + 5, clientY: 16 + weekday * 14 + 5 });

describe("ActivityHeatmap", () => {
  it("draws one path per level, each naming how many days it holds", () => {
    const markup = heatmapCells(heatmap);
    const days = [...markup.matchAll(/data-level="(\d)" data-days="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    // 52 full weeks and Monday to Wednesday of this one.
    expect(days.reduce((n, [, d]) => n + Number(d), 0)).toBe(52 * 7 + 3);
    expect(Object.fromEntries(days)).toMatchObject({ "4": 1, "1": 2, "2": 1 });
    expect(markup).not.toContain("<rect");
  });

  it("names the day under the pointer, and nothing between cells or after leaving", () => {
    const { container } = render(<ActivityHeatmap heatmap={heatmap} />);
    const svg = container.querySelector("svg")!;
    fireEvent.mouseMove(svg, cellCentre(52, 0));
    expect(screen.getByTestId("heatmap-day").textContent).toBe("Mon 30 Nov 2026: 4 activities");
    fireEvent.mouseMove(svg, cellCentre(52, 2));
    expect(screen.getByTestId("heatmap-day").textContent).toBe("Wed 2 Dec 2026: 1 activity");
    // Thursday of this week has not come yet.
    fireEvent.mouseMove(svg, cellCentre(52, 3));
    expect(screen.queryByTestId("heatmap-day")).toBeNull();
    fireEvent.click(svg, cellCentre(0, 0));
    expect(screen.getByTestId("heatmap-day").textContent).toBe("Mon 1 Dec 2025: no activity");
    // In the 3 px gap after the first cell.
    fireEvent.mouseMove(svg, { clientX: 28 + 12, clientY: 16 + 5 });
    expect(screen.queryByTestId("heatmap-day")).toBeNull();
    fireEvent.mouseMove(svg, cellCentre(5, 0));
    expect(screen.getByTestId("heatmap-day").textContent).toBe("Mon 5 Jan 2026: 2 activities");
    fireEvent.mouseLeave(svg);
    expect(screen.queryByTestId("heatmap-day")).toBeNull();
  });
});
