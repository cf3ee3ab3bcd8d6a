import { href } from "react-router";

import type { Difficulty } from "~/modules/problems/problem-constants";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { timeAgo } from "~/platform/time";

/** What one lobby row shows, and nothing else: its JSON names the list's markup (ADR 100). */
export interface LobbyRow {
  id: string;
  problemTitle: string;
  difficulty: Difficulty;
  hostUsername: string;
  /** "waiting since …", or null while the host is away. */
  waiting: string | null;
}

export function lobbyRows(
  sessions: ReadonlyArray<{
    id: string;
    problemTitle: string;
    difficulty: Difficulty;
    hostUsername: string;
    hostPresent: boolean | null;
    createdAt: string;
  }>,
  now: number,
): LobbyRow[] {
  return sessions.map((s) => ({
    id: s.id,
    problemTitle: s.problemTitle,
    difficulty: s.difficulty,
    hostUsername: s.hostUsername,
    waiting: s.hostPresent === false ? null : timeAgo(s.createdAt, now),
  }));
}

/** The open sessions, each with a Join button that posts the surrounding form to its session. */
export function LobbyList({ rows }: { rows: readonly LobbyRow[] }) {
  return (
    <ul className="flex flex-col gap-3" data-testid="lobby">
      {rows.map((s) => (
        <li
          key={s.id}
          className="bg-base-100 rounded-box flex flex-wrap items-center justify-between gap-3 p-4 shadow-sm"
          data-testid="lobby-session"
          data-host={s.waiting === null ? "away" : "here"}
        >
          <div className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <span className="font-semibold">{s.problemTitle}</span>
              <DifficultyBadge difficulty={s.difficulty} />
            </div>
            <span className="text-base-content/75 text-sm">
              Hosted by <span className="font-medium">{s.hostUsername}</span>
              {s.waiting === null ? " · " : ` · waiting since ${s.waiting}`}
              {s.waiting === null ? (
                <span className="badge badge-ghost badge-sm" data-testid="host-away">
                  Host away
                </span>
              ) : null}
            </span>
          </div>
          <button type="submit" formAction={href("/sessions/:id", { id: s.id })} className="btn btn-primary btn-sm">
            Join
          </button>
        </li>
      ))}
    </ul>
  );
}
