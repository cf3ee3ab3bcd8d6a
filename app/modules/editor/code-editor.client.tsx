import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useRef } from "react";

import { monaco } from "~/modules/editor/monaco.client";

export interface CodeEditorProps {
  language: "javascript" | "typescript" | "python";
  value: string;
  onChange: (value: string) => void;
  onRun?: () => void;
  onSubmit?: () => void;
  dark: boolean;
  /** Lets the page read the current selection (for sharing a snippet). */
  onEditorReady?: (api: { getSelection: () => string }) => void;
}

export default function CodeEditor({
  language,
  value,
  onChange,
  onRun,
  onSubmit,
  dark,
  onEditorReady,
}: CodeEditorProps) {
  // Shortcut handlers change with each render; Monaco's commands are bound once.
  const handlers = useRef({ onRun, onSubmit });
  handlers.current = { onRun, onSubmit };

  const handleMount: OnMount = (editor) => {
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
    monaco.editor.setTheme(dark ? "vs-dark" : "vs");
  }, [dark]);

  return (
    <Editor
      language={language}
      value={value}
      theme={dark ? "vs-dark" : "vs"}
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
    <div className="text-base-content/60 flex h-full items-center justify-center gap-2 text-sm">
      <span className="loading loading-spinner loading-sm" /> Loading editor…
    </div>
  );
}
