import { type ReactNode, useEffect, useRef, useState } from "react";
import { Group, Panel, Separator, usePanelRef } from "react-resizable-panels";
import { Form, href } from "react-router";

import { StreamRoomIsland } from "~/adapters/stream/ui/stream-room-island";
import { FormErrors } from "~/components/ui/form-errors";
import { HydrateLater } from "~/components/ui/hydrate-later";
import { paneId, paneProps, PaneTabs } from "~/components/ui/pane-tabs";
import { CallPanel } from "~/modules/call/ui/call-panel";
import { useCall } from "~/modules/call/ui/use-call";
import { ChatPanel } from "~/modules/chat/ui/chat-panel";
import { useChat } from "~/modules/chat/ui/use-chat";
import type { Language } from "~/modules/problems/problem-constants";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { type NarrowPane, ProblemWorkspace } from "~/modules/problems/ui/problem-workspace";
import type { SubmissionView, WorkspaceProblem } from "~/modules/problems/workspace-types";
import type { ProblemSuggestion } from "~/modules/sessions/problem-suggestions";
import type { ProposalDto } from "~/modules/sessions/room-problem-contract";
import type { SessionView } from "~/modules/sessions/session-view";
import type { ParticipantPresence } from "~/platform/realtime/realtime-events";
import { type ConnectionStatus, useRoomSocket } from "~/platform/realtime/use-room-socket";

import { ChangeProblem } from "./change-problem";
import { ProblemProposal } from "./problem-proposal";
import { ROOM_STATUS_LABELS, roomStatus } from "./room-status";
import { SessionTimer } from "./session-timer";

interface SessionRoomProps {
  view: SessionView;
  role: "host" | "guest";
  problem: WorkspaceProblem;
  drafts: Partial<Record<Language, string>>;
  submissions: SubmissionView[];
  /** "Change problem": problems neither seated person has solved, each with its reason. */
  suggestions: ProblemSuggestion[];
  /** The pending proposal when the page loaded (the socket's room state follows it live). */
  proposal: ProposalDto | null;
  me: { id: string; username: string };
  iceServers: RTCIceServer[];
  /** "stream": Stream Video and Chat replace the built-in call and chat. */
  media: "builtin" | "stream";
  formErrors?: string[];
  /** The "Change problem" form's answer without JavaScript. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** Badges other features show in the header (progress: pair streak, both solved). */
  headerExtra?: ReactNode;
}

/** The room: same problem for both, each with their own editor and judge; call and chat beside. */
export function SessionRoom({
  view,
  role,
  problem,
  drafts,
  submissions,
  suggestions,
  proposal: loadedProposal,
  me,
  iceServers,
  media,
  formErrors,
  fieldErrors,
  headerExtra,
}: SessionRoomProps) {
  const room = useRoomSocket(view.id);
  const entryCount = room.entry?.count ?? 0;
  const partner = room.state?.participants.find((p) => p.userId !== me.id) ?? null;
  const chat = useChat(room.socket, view.id, entryCount, me);
  const shareToStream = useRef<((text: string) => void) | null>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  // Below md the panes are tabs; the call and chat stay mounted on the other tabs.
  const [tab, setTab] = useState<RoomTab>("code");
  const [workspacePane, setWorkspacePane] = useState<NarrowPane>("code");
  const [seenCount, setSeenCount] = useState(0);
  const fromPartner = chat.messages.filter((m) => !m.mine).length;
  const callShown = panelOpen && (tab === "call" || !isNarrow());
  const unread = callShown ? 0 : Math.max(0, fromPartner - seenCount);
  const clockOffsetMs = useClockOffset(room.state?.serverNow);
  const status = roomStatus({
    seats: view.participants,
    live: room.state?.participants ?? null,
    me: me.username,
    connected: room.status === "connected",
  });
  const callPanel = usePanelRef();
  const proposal = room.state ? room.state.proposal : loadedProposal;
  const connected = room.status === "connected";
  const seatedPartner = view.participants.find((p) => !p.isYou) ?? null;

  useEffect(() => {
    if (callShown) setSeenCount(fromPartner);
  }, [callShown, fromPartner]);

  // A shared screen needs room: widen the call column while the partner shares, then restore.
  const partnerSharing = Boolean(partner?.sharing);
  const sizeBeforeShare = useRef<number | null>(null);
  useEffect(() => {
    const handle = callPanel.current;
    if (!handle) return;
    if (partnerSharing) {
      const now = handle.getSize().asPercentage;
      if (now > 0 && now < 45) {
        sizeBeforeShare.current = now;
        handle.resize("50");
      }
    } else if (sizeBeforeShare.current !== null) {
      if (!handle.isCollapsed()) handle.resize(String(sizeBeforeShare.current));
      sizeBeforeShare.current = null;
    }
  }, [partnerSharing, callPanel]);

  const togglePanel = () => {
    if (panelOpen) callPanel.current?.collapse();
    else callPanel.current?.expand();
    setPanelOpen(!panelOpen);
  };

  const chooseTab = (next: RoomTab) => {
    setTab(next);
    if (next === "call") {
      setPanelOpen(true);
      callPanel.current?.expand();
    } else setWorkspacePane(next);
  };

  return (
    <div className="flex h-[calc(100dvh-4rem)] min-h-[32rem] flex-col" data-testid="session-room">
      <header className="bg-base-100 border-base-300 flex flex-wrap items-center gap-x-4 gap-y-2 border-b px-2 py-2 sm:px-4">
        <div className="flex items-center gap-2">
          <span className="font-semibold" data-testid="room-problem">
            {problem.title}
          </span>
          <DifficultyBadge difficulty={problem.difficulty} />
          <span
            className={`badge badge-sm ${status === "both-here" ? "badge-success" : status === "waiting" ? "badge-ghost" : "badge-warning"}`}
            data-testid="room-status"
            data-status={status}
          >
            {ROOM_STATUS_LABELS[status]}
          </span>
        </div>
        <Participants view={view} live={room.state?.participants ?? null} />
        <SessionTimer
          endsAt={room.state ? room.state.timerEndsAt : view.timerEndsAt}
          clockOffsetMs={clockOffsetMs}
          disabled={room.status !== "connected"}
          onSet={(minutes) => room.socket?.emit("session:timer", { sessionId: view.id, minutes })}
        />
        <ConnectionBadge status={room.status} error={room.error} />
        {headerExtra}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <HydrateLater>
            <ChangeProblem
              sessionId={view.id}
              socket={room.socket}
              connected={connected}
              currentSlug={problem.slug}
              suggestions={suggestions}
              partnerName={seatedPartner?.username ?? null}
              fieldError={fieldErrors?.problem?.[0] ?? fieldErrors?.problemSlug?.[0]}
            />
          </HydrateLater>
          <InviteLink sessionId={view.id} isPrivate={view.visibility === "private"} />
          <button
            type="button"
            className="btn btn-ghost btn-sm indicator max-md:hidden"
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
        {proposal && proposal.problemSlug !== problem.slug ? (
          <div className="w-full">
            <ProblemProposal
              key={proposal.id}
              proposal={proposal}
              meId={me.id}
              sessionId={view.id}
              socket={room.socket}
              connected={connected}
              clockOffsetMs={clockOffsetMs}
            />
          </div>
        ) : null}
        {formErrors?.length ? (
          <div className="w-full">
            <FormErrors errors={formErrors} />
          </div>
        ) : null}
      </header>
      <PaneTabs
        tabs={[
          { id: "problem", label: "Problem" },
          { id: "code", label: "Code" },
          { id: "call", label: "Call & chat", badge: unread },
        ]}
        active={tab}
        onChange={chooseTab}
        label="Room"
      />
      <Group orientation="horizontal" className="min-h-0 flex-1">
        <Panel minSize="30" {...paneProps(tab !== "call")}>
          {/* Keyed by problem: a switch starts the workspace afresh (its drafts, tests and
              console), while the call and chat beside it stay connected. */}
          <ProblemWorkspace
            key={problem.slug}
            narrowPane={workspacePane}
            problem={problem}
            drafts={drafts}
            draftScope={{ owner: me.username, problemSlug: problem.slug, sessionId: view.id }}
            submissions={submissions}
            className="h-full min-h-0 min-w-0"
            submitPath={`${href("/sessions/:id/submissions", { id: view.id })}?problem=${encodeURIComponent(problem.slug)}`}
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
        </Panel>
        <Separator
          className={`bg-base-300 hover:bg-primary/50 w-1.5 transition-colors ${panelOpen ? "" : "hidden"}`}
          {...paneProps(false)}
          aria-label="Resize the call and chat column"
          data-testid="call-resizer"
        />
        <Panel
          panelRef={callPanel}
          defaultSize="26"
          minSize="18"
          maxSize="60"
          collapsible
          // Collapsing by dragging the separator counts as hiding the column.
          onResize={(size) => setPanelOpen(size.asPercentage > 0)}
          {...paneProps(tab === "call")}
        >
          <aside
            id={paneId("call")}
            className="bg-base-100 flex h-full flex-col gap-3 overflow-y-auto p-3"
            aria-label="Call and chat"
          >
            <HydrateLater>
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
            </HydrateLater>
          </aside>
        </Panel>
      </Group>
    </div>
  );
}

type RoomTab = NarrowPane | "call";

/** The tabs' breakpoint (md), read only in event handlers and effects. */
const isNarrow = () => typeof window !== "undefined" && window.matchMedia("(max-width: 767.98px)").matches;

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
            <span className="text-base-content/75">
              ({p.role}
              {p.isYou ? ", you" : ""}
              {state === "online" ? "" : `, ${state}`}
              {media.length ? ` · ${media.join(", ")}` : ""})
            </span>
          </li>
        );
      })}
      {view.participants.length < 2 ? <li className="text-base-content/75 text-sm">Free seat</li> : null}
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

/** How far the server's clock is ahead of this browser's, from the last room state. */
function useClockOffset(serverNow: number | undefined): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (serverNow !== undefined) setOffset(serverNow - Date.now());
  }, [serverNow]);
  return offset;
}
