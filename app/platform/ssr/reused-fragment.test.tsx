// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";

import { createFragmentRenderer } from "./fragment-renderer.server";
import { type FragmentRenderer, FragmentRendererContext, ReusedFragment } from "./reused-fragment";

afterEach(cleanup);

interface Panel {
  title: string;
  items: string[];
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      Pressed {count} times
    </button>
  );
}

/** Text beside expressions (React's `<!-- -->` separators), a stateful part and plain links. */
function PanelView({ panel }: { panel: Panel }) {
  return (
    <section>
      <h2>
        {panel.title}: {panel.items.length} items
      </h2>
      <ul>
        {panel.items.map((item) => (
          <li key={item}>
            <a href={`/problems/${item}`}>{item}</a> · {item.length}
          </li>
        ))}
      </ul>
      <Counter />
    </section>
  );
}

function Page({ panel, renderer }: { panel: Panel; renderer: FragmentRenderer | null }) {
  return (
    <FragmentRendererContext.Provider value={renderer}>
      <MemoryRouter initialEntries={["/"]}>
        <Routes>
          <Route
            path="/"
            element={
              <main>
                <h1>Progress</h1>
                <ReusedFragment by={panel} className="panels">
                  {() => <PanelView panel={panel} />}
                </ReusedFragment>
              </main>
            }
          />
          <Route path="/problems/:slug" element={<h1>Problem page</h1>} />
        </Routes>
      </MemoryRouter>
    </FragmentRendererContext.Provider>
  );
}

const panel = (): Panel => ({ title: "Recent <activity>", items: ["two-sum", "valid-anagram"] });

describe("ReusedFragment", () => {
  it("gives the server the same markup as rendering the panel in place", () => {
    const p = panel();
    const inPlace = renderToString(<Page panel={p} renderer={null} />);
    const reused = renderToString(<Page panel={p} renderer={createFragmentRenderer()} />);
    expect(reused).toBe(inPlace);
    expect(reused).toContain("Recent &lt;activity&gt;");
  });

  it("renders once per key object and again for a new one", () => {
    const renderer = createFragmentRenderer();
    const p = panel();
    const render = vi.fn(() => <PanelView panel={p} />);
    const first = renderer(p, render);
    expect(renderer(p, render)).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
    const changed = { ...p, items: ["climbing-stairs"] };
    expect(renderer(changed, () => <PanelView panel={changed} />)).toContain("climbing-stairs");
    expect(renderer(changed, render)).not.toBe(first);
  });

  it("keeps string keys by content, a bounded number of them, oldest dropped first", () => {
    const renderer = createFragmentRenderer(2);
    const render = vi.fn((title: string) => <PanelView panel={{ ...panel(), title }} />);
    const key = (title: string) => JSON.stringify({ title });
    for (const title of ["a", "b", "a"])
      expect(renderer(key(title), () => render(title))).toContain(`<h2>${title}<!-- -->`);
    expect(render).toHaveBeenCalledTimes(2);
    renderer(key("c"), () => render("c")); // "a" is the oldest key: dropped
    renderer(key("b"), () => render("b"));
    expect(render).toHaveBeenCalledTimes(3);
    renderer(key("a"), () => render("a"));
    expect(render).toHaveBeenCalledTimes(4);
  });

  it("hydrates in the browser without a mismatch, keeping state and in-app links", async () => {
    const p = panel();
    const container = document.createElement("div");
    container.innerHTML = renderToString(<Page panel={p} renderer={createFragmentRenderer()} />);
    document.body.appendChild(container);
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await act(async () => {
        hydrateRoot(container, <Page panel={p} renderer={null} />, { onRecoverableError: recoverable });
      });
      expect(recoverable).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
    fireEvent.click(screen.getByRole("button", { name: "Pressed 0 times" }));
    expect(screen.getByRole("button", { name: "Pressed 1 times" })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "valid-anagram" }));
    expect(await screen.findByRole("heading", { name: "Problem page" })).toBeTruthy();
  });
});
