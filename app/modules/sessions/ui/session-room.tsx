import { useRef, useState } from "react";
import { Form, href } from "react-router";

import { StreamRoomIsland } from "~/adapters/stream/ui/stream-room-island";
import { FormErrors } from "~/components/ui/form-errors";
import { CallPanel } from "~/modules/call/ui/call-panel";
import { useCall } from "~/modules/call/ui/use-call";
import { ChatPanel } from "~/modules/chat/ui/chat-panel";
import { useChat } from "~/modules/chat/ui/use-chat";
import type { Language } from "~/modules/problems/problem-schema";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { ProblemWorkspace } from "~/modules/problems/ui/problem-workspace";
import type { SubmissionView, WorkspaceProblem } from "~/modules/problems/workspace-types";
import type { SessionView } from "~/modules/sessions/session-view";
import type { ParticipantPresence } from "~/platform/realtime/realtime-events";
import { type ConnectionStatus, useRoomSocket } from "~/platform/realtime/use-room-socket";

interface SessionRoomProps {
  view: SessionView;
  role: "host" | "guest";
  problem: WorkspaceProblem;
  drafts: Partial<Record<Language, string>>;
  submissions: SubmissionView[];
  me: { id: string; username: string };
  iceServers: RTCIceServer[];
  /** "stream": Stream Video and Chat replace the built-in call and chat. */
  media: "builtin" | "stream";
  formErrors?: string[];
}

/** The room: same problem for both, each with their own editor and judge; call and chat beside. */
export function SessionRoom({
  view,
  role,
  problem,
  drafts,
  submissions,
  me,
  iceServers,
  media,
  formErrors,
}: SessionRoomProps) {
  const room = useRoomSocket(view.id);
  const entryCount = room.entry?.count ?? 0;
  const partner = room.state?.participants.find((p) => p.userId !== me.id) ?? null;
  const chat = useChat(room.socket, view.id, entryCount, me);
  const shareToStream = useRef<((text: string) => void) | null>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  const [seenCount, setSeenCount] = useState(0);
  const fromPartner = chat.messages.filter((m) => !m.mine).length;
  const unread = panelOpen ? 0 : Math.max(0, fromPartner - seenCount);

  const togglePanel = () => {
    if (panelOpen) setSeenCount(fromPartner);
    setPanelOpen(!panelOpen);
  };

  return (
    <div className="flex h-[calc(100vh-4rem)] min-h-[40rem] flex-col" data-testid="session-room">
      <header className="bg-base-100 border-base-300 flex flex-wrap items-center gap-x-4 gap-y-2 border-b px-4 py-2">
        <div className="flex items-center gap-2">
          <span className="font-semibold" data-testid="room-problem">
            {problem.title}
          </span>
          <DifficultyBadge difficulty={problem.difficulty} />
          <span
            className={`badge badge-sm ${view.status === "active" ? "badge-success" : "badge-ghost"}`}
            data-testid="room-status"
          >
            {view.status === "active" ? "Both here" : "Waiting for a partner"}
          </span>
        </div>
        <Participants view={view} live={room.state?.participants ?? null} />
        <ConnectionBadge status={room.status} error={room.error} />
        <div className="ml-auto flex items-center gap-2">
          <InviteLink sessionId={view.id} isPrivate={view.visibility === "private"} />
          <button
            type="button"
            className="btn btn-ghost btn-sm indicator"
            onClick={togglePanel}
            aria-expanded={panelOpen}
            data-testid="toggle-panel"
          >
            {unread > 0 ? (
              <span className="indicator-item badge badge-primary badge-xs" data-testid="unread">
                {unread}
              </span>
            ) : null}
            {panelOpen ? "Hide call & chat" : "Call & chat"}
          </button>
          <ConfirmAction
            label="Leave"
            question={
              role === "host" && view.participants.length > 1
                ? "Leave? Your partner becomes the host."
                : "Leave this session?"
            }
            intent="leave"
          />
          {role === "host" ? (
            <ConfirmAction label="End for both" question="End the session for both of you?" intent="end" danger />
          ) : null}
        </div>
        {formErrors?.length ? (
          <div className="w-full">
            <FormErrors errors={formErrors} />
          </div>
        ) : null}
      </header>
      <div className="flex min-h-0 flex-1">
        <ProblemWorkspace
          problem={problem}
          drafts={drafts}
          submissions={submissions}
          actionPath={href("/problems/:slug", { slug: problem.slug })}
          className="min-h-0 min-w-0 flex-1"
          submitPath={`/sessions/${view.id}/submissions`}
          toolbarExtra={({ getSelection, language }) => (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              title="Send the selected code to the chat"
              data-testid="share-selection"
              onClick={() => {
                const selected = getSelection();
                if (!selected.trim()) return;
                const snippet = `\`\`\`${language}\n${selected}\n\`\`\``;
                if (media === "stream") shareToStream.current?.(snippet);
                else chat.send(snippet);
              }}
            >
              Share selection
            </button>
          )}
        />
        <aside
          className={`border-base-300 bg-base-100 w-80 shrink-0 flex-col gap-3 border-l p-3 ${panelOpen ? "flex" : "hidden"}`}
          aria-label="Call and chat"
        >
          {media === "stream" ? (
            <StreamRoomIsland sessionId={view.id} shareRef={shareToStream} />
          ) : (
            <>
              <section aria-label="Video" data-testid="call-area">
                <BuiltInCall
                  socket={room.socket}
                  sessionId={view.id}
                  polite={(room.entry?.role ?? role) === "guest"}
                  entryCount={entryCount}
                  partner={partner}
                  iceServers={iceServers}
                />
              </section>
              <section
                className="border-base-300 flex min-h-0 flex-1 flex-col border-t pt-2"
                aria-label="Chat"
                data-testid="chat-area"
              >
                <ChatPanel
                  messages={chat.messages}
                  onSend={chat.send}
                  onTyping={chat.setTyping}
                  partnerTyping={chat.partnerTyping}
                  disabled={room.status !== "connected"}
                />
              </section>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}

/** The built-in WebRTC call: only mounted when the deployment does not use Stream. */
function BuiltInCall({
  socket,
  sessionId,
  polite,
  entryCount,
  partner,
  iceServers,
}: {
  socket: ReturnType<typeof useRoomSocket>["socket"];
  sessionId: string;
  polite: boolean;
  entryCount: number;
  partner: ParticipantPresence | null;
  iceServers: RTCIceServer[];
}) {
  const call = useCall({ socket, sessionId, polite, entryCount, partnerOnline: Boolean(partner?.online), iceServers });
  return <CallPanel call={call} partner={partner} />;
}

function ConnectionBadge({ status, error }: { status: ConnectionStatus; error: string | null }) {
  if (status === "connected") return null;
  const text =
    status === "connecting" ? "Connecting…" : status === "reconnecting" ? "Reconnecting…" : (error ?? "Disconnected");
  return (
    <span
      className={`badge badge-sm ${status === "failed" ? "badge-error" : "badge-warning"}`}
      role="status"
      data-testid="connection"
    >
      {text}
    </span>
  );
}

/** Seats from the page's data; presence and media from the socket once connected. */
function Participants({ view, live }: { view: SessionView; live: ParticipantPresence[] | null }) {
  return (
    <ul className="flex items-center gap-3" aria-label="Participants" data-testid="participants">
      {view.participants.map((p) => {
        const now = live?.find((l) => l.userId === p.userId);
        const state = now
          ? now.online
            ? "online"
            : now.reconnecting
              ? "reconnecting"
              : "away"
          : p.present
            ? "online"
            : "away";
        const media = now?.online
          ? [now.mic ? "mic on" : "muted", now.camera ? "camera on" : "camera off", ...(now.sharing ? ["sharing"] : [])]
          : [];
        return (
          <li
            key={p.userId}
            className="flex items-center gap-1.5 text-sm"
            data-testid={`participant-${p.role}`}
            data-state={state}
          >
            <span
              className={`inline-block h-2 w-2 rounded-full ${state === "online" ? "bg-success" : state === "reconnecting" ? "bg-warning" : "bg-base-300"}`}
              aria-hidden="true"
            />
            <span className="font-medium">{p.username}</span>
            <span className="text-base-content/60">
              ({p.role}
              {p.isYou ? ", you" : ""}
              {state === "online" ? "" : `, ${state}`}
              {media.length ? ` · ${media.join(", ")}` : ""})
            </span>
          </li>
        );
      })}
      {view.participants.length < 2 ? <li className="text-base-content/60 text-sm">Free seat</li> : null}
    </ul>
  );
}

function InviteLink({ sessionId, isPrivate }: { sessionId: string; isPrivate: boolean }) {
  const [copied, setCopied] = useState(false);
  const path = href("/sessions/:id", { id: sessionId });
  return (
    <button
      type="button"
      className="btn btn-ghost btn-sm"
      title={isPrivate ? "Your partner also needs the password" : "Anyone with the link can take the free seat"}
      onClick={async () => {
        await navigator.clipboard.writeText(`${window.location.origin}${path}`);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
      data-testid="copy-invite"
    >
      {copied ? "Link copied" : "Copy invite link"}
    </button>
  );
}

/** A <details> confirmation: works without JavaScript, and asks before acting. */
function ConfirmAction({
  label,
  question,
  intent,
  danger,
}: {
  label: string;
  question: string;
  intent: string;
  danger?: boolean;
}) {
  return (
    <details className="dropdown dropdown-end">
      <summary className={`btn btn-sm ${danger ? "btn-error btn-outline" : "btn-ghost"}`}>{label}</summary>
      <div className="dropdown-content bg-base-100 rounded-box z-30 mt-2 w-64 p-3 shadow-lg">
        <p className="mb-2 text-sm">{question}</p>
        <Form method="post">
          <input type="hidden" name="intent" value={intent} />
          <button type="submit" className={`btn btn-sm w-full ${danger ? "btn-error" : "btn-primary"}`}>
            Yes, {label.toLowerCase()}
          </button>
        </Form>
      </div>
    </details>
  );
}
