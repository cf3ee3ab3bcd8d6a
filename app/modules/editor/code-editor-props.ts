import type { ErrorLine } from "~/modules/editor/error-lines";
import type { PlainCodeState } from "~/modules/editor/plain-code-area";

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
  /** The no-JavaScript Submit form the plain textarea belongs to (the problem page's). */
  plainFormId?: string;
}

/** What Monaco gets from the editor around it to take over from the plain textarea. */
export interface MonacoEditorProps extends CodeEditorProps {
  /** The textarea's text, caret and focus right now; null when there is none. */
  takeOver: () => PlainCodeState | null;
  /** Monaco is mounted and holds the text: show it, hide the textarea. */
  onShown: () => void;
}
