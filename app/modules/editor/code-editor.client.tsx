import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";

import type { MonacoEditorProps } from "~/modules/editor/code-editor-props";
import { languageServices, noteLanguageShown } from "~/modules/editor/language-services-loader.client";
import { monaco } from "~/modules/editor/monaco.client";
import { whenIdle } from "~/platform/when-idle";

// vs-dark draws doc comments in #608b4e, 4.2:1 on its background; this green reads at 6.3:1.
const DARK_THEME = "peerprep-dark";
monaco.editor.defineTheme(DARK_THEME, {
  base: "vs-dark",
  inherit: true,
  rules: [
    { token: "comment", foreground: "7aad63" },
    { token: "comment.doc", foreground: "7aad63" },
  ],
  colors: {},
});

type MonacoEditor = Parameters<OnMount>[0];

// One object per tab size: a new options object on every render makes the wrapper call
// `updateOptions`, which recomputes the editor's configuration (each Run renders several times).
const OPTIONS = {
  fontSize: 14,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  wordWrap: "on",
  padding: { top: 12 },
  ariaLabel: "Code editor",
} as const;
const PYTHON_OPTIONS = { ...OPTIONS, tabSize: 4 } as const;

export default function CodeEditor({
  language,
  value,
  onChange,
  onRun,
  onSubmit,
  dark,
  onEditorReady,
  errorLine = null,
  takeOver,
  onShown,
}: MonacoEditorProps) {
  // Shortcut handlers change with each render; Monaco's commands are bound once.
  const handlers = useRef({ onRun, onSubmit });
  handlers.current = { onRun, onSubmit };
  const [editor, setEditor] = useState<MonacoEditor | null>(null);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const line = errorLine && errorLine.line <= model.getLineCount() ? errorLine.line : null;
    monaco.editor.setModelMarkers(
      model,
      "judge",
      line
        ? [
            {
              severity: monaco.MarkerSeverity.Error,
              message: errorLine!.message,
              startLineNumber: line,
              startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
              endLineNumber: line,
              endColumn: model.getLineMaxColumn(line),
            },
          ]
        : [],
    );
    if (line) editor!.revealLineInCenterIfOutsideViewport(line);
    // An edit makes the old run's position meaningless.
    const edits = model.onDidChangeContent(() => monaco.editor.setModelMarkers(model, "judge", []));
    return () => edits.dispose();
  }, [editor, errorLine, language]);

  // Language services (completions, type errors) come after the editor is usable, when idle,
  // and only for JavaScript and TypeScript.
  noteLanguageShown(language);
  const wantsServices = editor !== null && language !== "python";
  useEffect(() => {
    if (!wantsServices) return;
    return whenIdle(() => void languageServices.load(), { timeoutMs: 2_000, fallbackMs: 200 });
  }, [wantsServices]);

  useEffect(() => {
    const timer = setTimeout(() => languageServices.followDeclaredGlobals(value), 400);
    return () => clearTimeout(timer);
  }, [value]);

  const handleMount: OnMount = (editor) => {
    // Take over from the plain textarea in one step: its text, caret and focus, then show.
    const plain = takeOver();
    const model = editor.getModel();
    if (plain && model) {
      if (model.getValue() !== plain.value) model.setValue(plain.value);
      const start = model.getPositionAt(plain.selectionStart);
      const end = model.getPositionAt(plain.selectionEnd);
      editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
      editor.revealPositionInCenterIfOutsideViewport(end);
    }
    onShown();
    if (plain?.focused) editor.focus();
    setEditor(editor);
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => handlers.current.onRun?.());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () =>
      handlers.current.onSubmit?.(),
    );
    onEditorReady?.({
      getSelection: () => {
        const selection = editor.getSelection();
        return selection ? (editor.getModel()?.getValueInRange(selection) ?? "") : "";
      },
    });
  };

  useEffect(() => {
    monaco.editor.setTheme(dark ? DARK_THEME : "vs");
  }, [dark]);

  return (
    <Editor
      language={language}
      value={value}
      theme={dark ? DARK_THEME : "vs"}
      onChange={(v) => onChange(v ?? "")}
      onMount={handleMount}
      loading={<EditorPlaceholder />}
      options={language === "python" ? PYTHON_OPTIONS : OPTIONS}
    />
  );
}

export function EditorPlaceholder() {
  return (
    <div className="text-base-content/75 flex h-full items-center justify-center gap-2 text-sm">
      <span className="loading loading-spinner loading-sm" /> Loading editor…
    </div>
  );
}
