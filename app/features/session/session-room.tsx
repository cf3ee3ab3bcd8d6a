import { useState } from "react";
import { Form } from "react-router";
import { FormErrors } from "~/components/ui/form-errors";
import { DifficultyBadge } from "~/features/problem/difficulty-badge";
import { ProblemWorkspace } from "~/features/problem/problem-workspace";
import type { Language } from "~/problems/problem-schema";
import type { SubmissionView, WorkspaceProblem } from "~/problems/workspace-types";
import type { SessionView } from "~/sessions/sessions.server";

interface SessionRoomProps {
  view: SessionView;
  role: "host" | "guest";
  problem: WorkspaceProblem;
  drafts: Partial<Record<Language, string>>;
  submissions: SubmissionView[];
  formErrors?: string[];
}

/** The room: same problem for both, each with their own editor and judge; call and chat beside. */
export function SessionRoom({ view, role, problem, drafts, submissions, formErrors }: SessionRoomProps) {
  return (
    <div className="flex h-[calc(100vh-4rem)] min-h-[40rem] flex-col" data-testid="session-room">
      <header className="bg-base-100 border-base-300 flex flex-wrap items-center gap-x-4 gap-y-2 border-b px-4 py-2">
        <div className="flex items-center gap-2">
          <span className="font-semibold" data-testid="room-problem">
            {problem.title}
          </span>
          <DifficultyBadge difficulty={problem.difficulty} />
          <span className={`badge badge-sm ${view.status === "active" ? "badge-success" : "badge-ghost"}`} data-testid="room-status">
            {view.status === "active" ? "Both here" : "Waiting for a partner"}
          </span>
        </div>
        <Participants view={view} />
        <div className="ml-auto flex items-center gap-2">
          <InviteLink sessionId={view.id} isPrivate={view.visibility === "private"} />
          <ConfirmAction
            label="Leave"
            question={role === "host" && view.participants.length > 1 ? "Leave? Your partner becomes the host." : "Leave this session?"}
            intent="leave"
          />
          {role === "host" ? <ConfirmAction label="End for both" question="End the session for both of you?" intent="end" danger /> : null}
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
          actionPath={`/problems/${problem.slug}`}
          className="min-h-0 flex-1"
        />
        <aside className="border-base-300 bg-base-100 hidden w-72 shrink-0 flex-col border-l xl:flex" aria-label="Call and chat">
          <section className="border-base-300 border-b p-3" aria-label="Video" data-testid="call-area">
            <div className="bg-base-200 text-base-content/60 flex aspect-video items-center justify-center rounded text-sm">
              Video appears here
            </div>
          </section>
          <section className="flex min-h-0 flex-1 flex-col p-3" aria-label="Chat" data-testid="chat-area">
            <p className="text-base-content/60 text-sm">Chat with your partner appears here.</p>
          </section>
        </aside>
      </div>
    </div>
  );
}

function Participants({ view }: { view: SessionView }) {
  return (
    <ul className="flex items-center gap-3" aria-label="Participants" data-testid="participants">
      {view.participants.map((p) => (
        <li key={p.username} className="flex items-center gap-1.5 text-sm" data-testid={`participant-${p.role}`}>
          <span
            className={`inline-block h-2 w-2 rounded-full ${p.present ? "bg-success" : "bg-base-300"}`}
            aria-hidden="true"
          />
          <span className="font-medium">{p.username}</span>
          <span className="text-base-content/60">
            ({p.role}
            {p.isYou ? ", you" : ""}
            {p.present ? "" : ", away"})
          </span>
        </li>
      ))}
      {view.participants.length < 2 ? <li className="text-base-content/60 text-sm">Free seat</li> : null}
    </ul>
  );
}

function InviteLink({ sessionId, isPrivate }: { sessionId: string; isPrivate: boolean }) {
  const [copied, setCopied] = useState(false);
  const path = `/sessions/${sessionId}`;
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
function ConfirmAction({ label, question, intent, danger }: { label: string; question: string; intent: string; danger?: boolean }) {
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
