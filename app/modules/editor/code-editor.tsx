import { lazy, memo, Suspense, useCallback, useRef, useState } from "react";

import type { CodeEditorProps } from "~/modules/editor/code-editor-props";
import { PlainCodeArea, type PlainCodeState, readPlainState } from "~/modules/editor/plain-code-area";
import { useHydrated } from "~/platform/hooks/use-hydrated";

export type { CodeEditorProps } from "~/modules/editor/code-editor-props";

/** Monaco is client-only and heavy: it loads after hydration, on pages that show an editor. */
const LazyMonaco = lazy(() => import("~/modules/editor/code-editor.client"));

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
      {hydrated ? (
        <div ref={monacoBox} className="absolute inset-0" style={{ visibility: monacoShown ? "visible" : "hidden" }}>
          <Suspense fallback={null}>
            <LazyMonaco {...props} takeOver={takeOver} onShown={reveal} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
});
