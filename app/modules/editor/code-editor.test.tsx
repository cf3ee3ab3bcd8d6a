// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { CodeEditor, MONACO_QUIET_MS } from "~/modules/editor/code-editor";
import type { MonacoEditorProps } from "~/modules/editor/code-editor-props";

/** Monaco cannot run in jsdom: a stand-in that takes over the way the real one does, when told to. */
const fake = vi.hoisted(() => ({ mount: null as null | (() => void) }));
vi.mock("~/modules/editor/code-editor.client", async () => {
  const React = await import("react");
  function FakeMonaco({ takeOver, onShown, onChange, value }: MonacoEditorProps) {
    const [text, setText] = React.useState<string | null>(null);
    const [caret, setCaret] = React.useState("");
    React.useEffect(() => {
      fake.mount = () => {
        const plain = takeOver();
        setText(plain?.value ?? value);
        setCaret(plain ? `${plain.selectionStart}-${plain.selectionEnd}${plain.focused ? " focused" : ""}` : "");
        onShown();
      };
      return () => {
        fake.mount = null;
      };
    });
    if (text === null) return null;
    return (
      <textarea
        data-testid="fake-monaco"
        data-caret={caret}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    );
  }
  return { default: FakeMonaco };
});

afterEach(() => {
  cleanup();
  fake.mount = null;
});

/** The editor as a page holds it: the code lives in the page's state. */
function Page({ initial, onChange }: { initial: string; onChange: (value: string) => void }) {
  const [code, setCode] = useState(initial);
  return (
    <div data-testid="editor">
      <CodeEditor
        language="javascript"
        value={code}
        dark={false}
        onChange={(value) => {
          setCode(value);
          onChange(value);
        }}
      />
    </div>
  );
}

const plainEditor = () => screen.getByRole("textbox", { name: "Code editor" }) as HTMLTextAreaElement;

describe("CodeEditor: the plain textarea first, then Monaco", () => {
  // First: once a test has loaded Monaco, later editors in this file mount it without the pause.
  it("loads Monaco only after a pause in typing, so the first keystrokes do not wait behind it", async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    render(<Page initial="let a;" onChange={() => {}} />);
    const textarea = plainEditor();
    textarea.focus();
    fireEvent.input(textarea);
    await sleep(MONACO_QUIET_MS / 2);
    expect(fake.mount).toBeNull();
    // Still typing: the pause starts again from this keystroke.
    fireEvent.keyDown(textarea, { key: "b" });
    await sleep(MONACO_QUIET_MS / 2 + 100);
    expect(fake.mount).toBeNull();
    expect(screen.getByTestId("code-textarea")).toBe(textarea);
    await waitFor(() => expect(fake.mount).not.toBeNull(), { timeout: 3_000 });
  });

  it("takes keystrokes at once, Tab inserts spaces, and every edit reaches the page", () => {
    const changes: string[] = [];
    render(<Page initial="let a;" onChange={(v) => changes.push(v)} />);
    const textarea = plainEditor();
    expect(textarea.value).toBe("let a;");
    textarea.setSelectionRange(0, 0);
    fireEvent.keyDown(textarea, { key: "Tab" });
    expect(textarea.value).toBe("  let a;");
    textarea.value = "  let ab;";
    fireEvent.input(textarea);
    expect(changes.at(-1)).toBe("  let ab;");
  });

  it("Escape then Tab leaves the textarea instead of indenting", () => {
    render(<Page initial="x" onChange={() => {}} />);
    const textarea = plainEditor();
    fireEvent.keyDown(textarea, { key: "Escape" });
    const tab = fireEvent.keyDown(textarea, { key: "Tab" });
    expect(tab).toBe(true); // not prevented: the browser moves the focus
    expect(textarea.value).toBe("x");
  });

  it("hands the text typed meanwhile, the caret and the focus to Monaco when it mounts", async () => {
    const changes: string[] = [];
    render(<Page initial="const x = 1;" onChange={(v) => changes.push(v)} />);
    const textarea = plainEditor();
    textarea.focus();
    textarea.value = "const x = 12;";
    textarea.setSelectionRange(12, 12);
    fireEvent.input(textarea);
    await waitFor(() => expect(fake.mount).not.toBeNull(), { timeout: 3_000 });
    act(() => fake.mount!());
    const monaco = screen.getByTestId("fake-monaco") as HTMLTextAreaElement;
    expect(monaco.value).toBe("const x = 12;");
    expect(monaco.dataset.caret).toBe("12-12 focused");
    expect(screen.queryByTestId("code-textarea")).toBeNull();
    expect(changes.at(-1)).toBe("const x = 12;");
  });

  it("renders code that looks like markup as text, on the server and in the browser", () => {
    const hostile = '</textarea><img src=x onerror="window.__xss=1">"&amp;';
    const container = document.createElement("div");
    container.innerHTML = renderToString(<Page initial={hostile} onChange={() => {}} />);
    expect(container.querySelectorAll("textarea")).toHaveLength(1);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("textarea")!.value).toBe(hostile);
  });

  it("keeps what was typed into the server-rendered textarea before hydration", async () => {
    const changes: string[] = [];
    const container = document.createElement("div");
    document.body.append(container);
    container.innerHTML = renderToString(<Page initial={"\nfunction f() {}"} onChange={() => {}} />);
    const server = container.querySelector("textarea")!;
    // The parser's leading-newline rule must not eat the code's first line.
    expect(server.value).toBe("\nfunction f() {}");
    // Typed while the scripts were still loading.
    server.value = "\nfunction f() { return 1; }";
    const root = hydrateRoot(container, <Page initial={"\nfunction f() {}"} onChange={(v) => changes.push(v)} />);
    await waitFor(() => expect(changes).toContain("\nfunction f() { return 1; }"));
    expect(container.querySelector("textarea")!.value).toBe("\nfunction f() { return 1; }");
    act(() => root.unmount());
    container.remove();
  });
});
