import { useEffect, useRef, useState } from "react";

import { CHAT_MAX_LENGTH } from "~/modules/chat/chat-limits";
import { LazyMessageBody, preloadMessageBody } from "~/modules/chat/ui/lazy-message-body";
import type { ChatEntry } from "~/modules/chat/ui/use-chat";
import { whenIdle } from "~/platform/when-idle";

interface ChatPanelProps {
  messages: ChatEntry[];
  onSend: (body: string) => void;
  onTyping: (typing: boolean) => void;
  partnerTyping: string | null;
  disabled: boolean;
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

export function ChatPanel({ messages, onSend, onTyping, partnerTyping, disabled }: ChatPanelProps) {
  const [draft, setDraft] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const tooLong = draft.length > CHAT_MAX_LENGTH;
  const canSend = !disabled && draft.trim().length > 0 && !tooLong;

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length]);

  // The Markdown renderer comes when the page is idle, after the editor.
  useEffect(() => whenIdle(preloadMessageBody, { timeoutMs: 3_000, fallbackMs: 1_000 }), []);

  const send = () => {
    if (!canSend) return;
    onSend(draft);
    setDraft("");
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2" data-testid="chat">
      <ol
        ref={list}
        className="min-h-0 flex-1 space-y-2 overflow-y-auto pr-1"
        aria-live="polite"
        aria-label="Messages"
        data-testid="chat-messages"
      >
        {messages.length === 0 ? <li className="text-base-content/75 text-sm">No messages yet. Say hi!</li> : null}
        {messages.map((m) =>
          m.kind === "system" ? (
            <li
              key={`${m.authorName}:${m.clientId}`}
              className="text-base-content/75 text-center text-xs"
              data-testid="chat-system"
            >
              {m.body} · {time(m.createdAt)}
            </li>
          ) : (
            <li
              key={`${m.authorName}:${m.clientId}`}
              className={`flex flex-col ${m.mine ? "items-end" : "items-start"}`}
              data-testid="chat-message"
            >
              <span className="text-base-content/75 text-xs">
                {m.mine ? "You" : m.authorName} · {m.pending ? "sending…" : time(m.createdAt)}
              </span>
              <div className={`max-w-full rounded-box px-3 py-1.5 ${m.mine ? "bg-primary/10" : "bg-base-200"}`}>
                <LazyMessageBody body={m.body} />
              </div>
              {m.failed ? <span className="text-error text-xs">Not sent: {m.failed}</span> : null}
            </li>
          ),
        )}
      </ol>
      <p className="text-base-content/75 h-4 text-xs" aria-live="polite" data-testid="typing">
        {partnerTyping ? `${partnerTyping} is typing…` : ""}
      </p>
      <form
        className="flex flex-col gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <label htmlFor="chat-input" className="sr-only">
          Message
        </label>
        <textarea
          id="chat-input"
          className={`textarea textarea-sm w-full ${tooLong ? "textarea-error" : ""}`}
          rows={2}
          placeholder={
            disabled ? "Connecting…" : "Message (Markdown, ``` for code). Enter sends, Shift+Enter for a new line"
          }
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            onTyping(e.target.value.length > 0);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              send();
            }
          }}
          aria-describedby="chat-counter"
        />
        <div className="flex items-center justify-between">
          <span
            id="chat-counter"
            className={`text-xs ${tooLong ? "text-error" : "text-base-content/75"}`}
            data-testid="chat-counter"
          >
            {draft.length.toLocaleString("en")} / {CHAT_MAX_LENGTH.toLocaleString("en")}
          </span>
          <button type="submit" className="btn btn-primary btn-xs" disabled={!canSend}>
            Send
          </button>
        </div>
      </form>
    </div>
  );
}
