import { lazy, memo, type RefObject, Suspense, useCallback, useEffect, useRef, useState } from "react";

import type { CodeEditorProps } from "~/modules/editor/code-editor-props";
import { PlainCodeArea, type PlainCodeState, readPlainState } from "~/modules/editor/plain-code-area";
import { useHydrated } from "~/platform/hooks/use-hydrated";
import { whenIdle } from "~/platform/when-idle";

export type { CodeEditorProps } from "~/modules/editor/code-editor-props";

/** Monaco is client-only and heavy: it loads after hydration, on pages that show an editor. */
const LazyMonaco = lazy(() =>
  import("~/modules/editor/code-editor.client").then((module) => {
    monacoLoaded = true;
    return module;
  }),
);
/** Once loaded (an earlier editor on this page or visit), Monaco mounts without the pause. */
let monacoLoaded = false;

/** How long the textarea must go unused (no keystroke, focus or click), from hydration on, before Monaco loads. */
export const MONACO_QUIET_MS = 800;
const MONACO_IDLE = { timeoutMs: 1_000, fallbackMs: 50 };

/**
 * True once the page is idle and the textarea has gone unused for MONACO_QUIET_MS since
 * hydration or its last keystroke, focus or click. Loading Monaco holds the main thread for
 * a few hundred milliseconds (evaluating its chunk, then mounting); doing that in a pause, not while someone starts
 * typing, keeps their first keystrokes from waiting behind it (ADR 097).
 */
function useMonacoWanted(hydrated: boolean, textarea: RefObject<HTMLTextAreaElement | null>): boolean {
  const [wanted, setWanted] = useState(monacoLoaded);
  useEffect(() => {
    if (!hydrated || wanted) return;
    const plain = textarea.current;
    // The pause counts from hydration: someone who has just arrived is about to click in and type.
    let lastUse = performance.now();
    const used = () => {
      lastUse = performance.now();
    };
    const events = ["keydown", "input", "focus", "pointerdown"] as const;
    for (const name of events) plain?.addEventListener(name, used);
    let cancel = () => {};
    const check = () => {
      const wait = lastUse + MONACO_QUIET_MS - performance.now();
      if (wait > 0) {
        const timer = setTimeout(() => (cancel = whenIdle(check, MONACO_IDLE)), wait);
        cancel = () => clearTimeout(timer);
      } else setWanted(true);
    };
    cancel = whenIdle(check, MONACO_IDLE);
    return () => {
      cancel();
      for (const name of events) plain?.removeEventListener(name, used);
    };
  }, [hydrated, textarea, wanted]);
  return wanted;
}

/**
 * The editor: a plain code textarea from the first paint (server-rendered, takes keystrokes
 * before any script runs), replaced by Monaco once its chunk has loaded. Monaco takes over
 * the current text, caret and focus in one step, so nothing typed meanwhile is lost (ADR 070).
 */
export const CodeEditor = memo(function CodeEditor(props: CodeEditorProps) {
  const hydrated = useHydrated();
  const plain = useRef<HTMLTextAreaElement | null>(null);
  const plainBox = useRef<HTMLDivElement>(null);
  const monacoBox = useRef<HTMLDivElement>(null);
  const [monacoShown, setMonacoShown] = useState(false);
  const { onEditorReady } = props;
  const monacoWanted = useMonacoWanted(hydrated, plain);

  const textareaRef = useCallback(
    (textarea: HTMLTextAreaElement | null) => {
      plain.current = textarea;
      if (textarea)
        onEditorReady?.({
          getSelection: () => textarea.value.slice(textarea.selectionStart, textarea.selectionEnd),
        });
    },
    [onEditorReady],
  );

  /** Called by Monaco once mounted: what the textarea holds right now, or null once it is gone. */
  const takeOver = useCallback((): PlainCodeState | null => (plain.current ? readPlainState(plain.current) : null), []);

  /** Shows Monaco and hides the textarea at once (before Monaco takes the focus), then lets React catch up. */
  const reveal = useCallback(() => {
    if (plainBox.current) plainBox.current.style.display = "none";
    if (monacoBox.current) monacoBox.current.style.visibility = "visible";
    setMonacoShown(true);
  }, []);

  return (
    // Before hydration the resizable panels have no height yet: the textarea keeps a usable one.
    <div className={`relative h-full ${hydrated ? "" : "min-h-64"}`}>
      {monacoShown ? null : (
        <div ref={plainBox} className="absolute inset-0 z-10">
          <PlainCodeArea
            value={props.value}
            onChange={props.onChange}
            tabSize={props.language === "python" ? 4 : 2}
            formId={props.plainFormId}
            textareaRef={textareaRef}
          />
        </div>
      )}
      {monacoWanted ? (
        <div ref={monacoBox} className="absolute inset-0" style={{ visibility: monacoShown ? "visible" : "hidden" }}>
          <Suspense fallback={null}>
            <LazyMonaco {...props} takeOver={takeOver} onShown={reveal} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
});
