// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { LocalTime } from "./local-time";

// A reader far from the server's UTC: local and UTC dates differ here.
beforeAll(() => {
  process.env.TZ = "Asia/Tokyo";
});
afterEach(cleanup);

const ISO = "2026-03-01T23:30:00.000Z";

describe("LocalTime", () => {
  it("renders labelled UTC on the server, hydrates it without a mismatch, then shows the reader's time", async () => {
    const html = renderToString(<LocalTime iso={ISO} />);
    expect(html).toContain("Mar 1, 2026, 11:30 PM UTC");
    expect(html).toContain(`dateTime="${ISO}"`);

    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    render(<LocalTime iso={ISO} />, {
      container,
      hydrate: true,
      onRecoverableError: (error) => recoverable.push(error),
    });

    const local = new Date(ISO).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    expect(local).toMatch(/Mar 2, 2026/);
    await waitFor(() => expect(screen.getByText(local)).toBeTruthy());
    expect(recoverable).toEqual([]);
  });

  it("shows a calendar date for format=date, in the reader's zone", async () => {
    render(<LocalTime iso={ISO} format="date" />);
    expect(await screen.findByText("March 2, 2026")).toBeTruthy();
  });
});
