import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";

import type { ErrorLine } from "~/modules/editor/error-lines";
import { followDeclaredGlobals } from "~/modules/editor/language-service.client";
import { monaco } from "~/modules/editor/monaco.client";

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

export interface CodeEditorProps {
  language: "javascript" | "typescript" | "python";
  value: string;
  onChange: (value: string) => void;
  onRun?: () => void;
  onSubmit?: () => void;
  dark: boolean;
  /** Lets the page read the current selection (for sharing a snippet). */
  onEditorReady?: (api: { getSelection: () => string }) => void;
  /** The line the last run's compile or runtime error names; marked until the code changes. */
  errorLine?: ErrorLine | null;
}

export default function CodeEditor({
  language,
  value,
  onChange,
  onRun,
  onSubmit,
  dark,
  onEditorReady,
  errorLine = null,
}: CodeEditorProps) {
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

  useEffect(() => {
    const timer = setTimeout(() => followDeclaredGlobals(value), 400);
    return () => clearTimeout(timer);
  }, [value]);

  const handleMount: OnMount = (editor) => {
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
      options={{
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: language === "python" ? 4 : 2,
        wordWrap: "on",
        padding: { top: 12 },
        ariaLabel: "Code editor",
      }}
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
