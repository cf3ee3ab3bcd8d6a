// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";

import { useDelegatedLinks } from "./use-delegated-links";

afterEach(cleanup);

function LinkList() {
  const onClick = useDelegatedLinks();
  return (
    <ol onClick={onClick}>
      <li>
        <a href="/problems/two-sum">
          <span>Two Sum</span>
        </a>
      </li>
      <li>
        <a href="/progress/export/csv" download>
          Download
        </a>
      </li>
      <li>
        <a href="https://example.com/elsewhere">Elsewhere</a>
      </li>
      <li>
        <a href="/problems/new-tab" target="_blank">
          New tab
        </a>
      </li>
    </ol>
  );
}

const Stub = createRoutesStub([
  { path: "/", Component: LinkList },
  { path: "/problems/:slug", Component: () => <h1>Problem page</h1> },
]);

describe("useDelegatedLinks", () => {
  it("navigates in the app on a plain click, from anything inside the link", () => {
    render(<Stub initialEntries={["/"]} />);
    const click = fireEvent.click(screen.getByText("Two Sum"), { button: 0 });
    expect(click).toBe(false); // the browser's own navigation was prevented
    expect(screen.getByRole("heading", { name: "Problem page" })).toBeTruthy();
  });

  it("leaves modified clicks, downloads, other origins and other targets to the browser", () => {
    render(<Stub initialEntries={["/"]} />);
    expect(fireEvent.click(screen.getByText("Two Sum"), { button: 0, ctrlKey: true })).toBe(true);
    expect(fireEvent.click(screen.getByText("Two Sum"), { button: 0, metaKey: true })).toBe(true);
    expect(fireEvent.click(screen.getByText("Download"), { button: 0 })).toBe(true);
    expect(fireEvent.click(screen.getByText("Elsewhere"), { button: 0 })).toBe(true);
    expect(fireEvent.click(screen.getByText("New tab"), { button: 0 })).toBe(true);
    expect(screen.queryByRole("heading", { name: "Problem page" })).toBeNull();
  });
});
