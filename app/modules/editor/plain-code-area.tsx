import { useEffect, useRef, useState } from "react";

import { escapeHtml } from "~/platform/escape-html";

/** What Monaco takes over from the plain textarea: the text, the caret or selection, the focus. */
export interface PlainCodeState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  focused: boolean;
}

export function readPlainState(textarea: HTMLTextAreaElement): PlainCodeState {
  return {
    value: textarea.value,
    selectionStart: textarea.selectionStart,
    selectionEnd: textarea.selectionEnd,
    focused: textarea.ownerDocument.activeElement === textarea,
  };
}

export const PLAIN_CODE_CLASS =
  "bg-base-100 text-base-content block h-full w-full resize-none border-0 p-3 pl-4 font-mono text-sm leading-[19px] whitespace-pre outline-none focus-visible:outline-none";

/**
 * The textarea as markup. React hydrating a `<textarea>` resets its value to the server's
 * text (react-dom's initTextarea), which would drop what someone typed before the scripts
 * ran; markup React does not own keeps it. The parser drops one leading newline, hence two.
 */
function textareaHtml(value: string, tabSize: number, formId: string | undefined) {
  const attributes = [
    'id="code-textarea"',
    'data-testid="code-textarea"',
    'name="code"',
    formId ? `form="${escapeHtml(formId)}"` : "",
    'aria-label="Code editor"',
    'spellcheck="false"',
    'autocapitalize="off"',
    'autocomplete="off"',
    'autocorrect="off"',
    'wrap="off"',
    `style="tab-size:${tabSize}"`,
    `class="${PLAIN_CODE_CLASS}"`,
  ].filter(Boolean);
  return `<textarea ${attributes.join(" ")}>${value.startsWith("\n") ? "\n" : ""}${escapeHtml(value)}</textarea>`;
}

export interface PlainCodeAreaProps {
  value: string;
  onChange: (value: string) => void;
  /** Spaces a Tab inserts (Python 4, JavaScript and TypeScript 2, as in Monaco). */
  tabSize: number;
  /** A form elsewhere on the page (the no-JavaScript Submit) that posts this text as `code`. */
  formId?: string;
  /** Hands the textarea to the caller (Monaco reads it when it takes over). */
  textareaRef: (textarea: HTMLTextAreaElement | null) => void;
}

/**
 * The editor before Monaco: a plain, styled code textarea rendered on the server with the
 * draft, so it takes keystrokes as soon as the page shows, with or without JavaScript. Tab
 * inserts spaces; Escape then Tab leaves it, as in Monaco.
 */
export function PlainCodeArea({ value, onChange, tabSize, formId, textareaRef }: PlainCodeAreaProps) {
  const box = useRef<HTMLDivElement>(null);
  // Built once: React never rewrites this markup, so the browser's value stays the truth.
  const [html] = useState(() => textareaHtml(value, tabSize, formId));
  const latest = useRef({ onChange, tabSize, value });
  latest.current = { onChange, tabSize, value };

  useEffect(() => {
    const textarea = box.current?.querySelector("textarea");
    if (!textarea) return;
    textareaRef(textarea);
    // Typed before hydration: the page's state catches up with the textarea.
    if (textarea.value !== latest.current.value) latest.current.onChange(textarea.value);
    let leaving = false;
    const onInput = () => latest.current.onChange(textarea.value);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        leaving = true;
        return;
      }
      if (event.key !== "Tab" || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) {
        leaving = false;
        return;
      }
      if (leaving) return;
      event.preventDefault();
      insertText(textarea, " ".repeat(latest.current.tabSize));
    };
    textarea.addEventListener("input", onInput);
    textarea.addEventListener("keydown", onKeyDown);
    return () => {
      textarea.removeEventListener("input", onInput);
      textarea.removeEventListener("keydown", onKeyDown);
      textareaRef(null);
    };
    // The textarea is created once; its callbacks are read through `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new value from outside (another language, Reset, a restored draft) replaces the text.
  useEffect(() => {
    const textarea = box.current?.querySelector("textarea");
    if (textarea && textarea.value !== value) textarea.value = value;
  }, [value]);

  useEffect(() => {
    const textarea = box.current?.querySelector("textarea");
    if (textarea) textarea.style.tabSize = String(tabSize);
  }, [tabSize]);

  return <div ref={box} className="h-full" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Inserts at the caret as typing would (one input event, kept in the undo history). */
function insertText(textarea: HTMLTextAreaElement, text: string) {
  // execCommand keeps the browser's undo stack; where it is missing, setRangeText does the edit.
  const done = typeof document.execCommand === "function" && document.execCommand("insertText", false, text);
  if (done) return;
  textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, "end");
  textarea.dispatchEvent(new Event("input", { bubbles: true }));
}
