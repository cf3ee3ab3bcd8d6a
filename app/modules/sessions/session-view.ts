import type { PracticeSession, SessionMember } from "~/storage/store.server";

/** A participant counts as present if seen this recently (page heartbeat or socket). */
export const PRESENCE_WINDOW_MS = 30_000;

export interface ParticipantView {
  /** The key: names can change (Clerk renames), ids do not. */
  userId: string;
  username: string;
  role: "host" | "guest";
  present: boolean;
  isYou: boolean;
}

/** What anyone may know about a session: never the password or its hash. */
export interface SessionView {
  id: string;
  status: PracticeSession["status"];
  visibility: PracticeSession["visibility"];
  problemSlug: string;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  endReason: PracticeSession["endReason"];
  participants: ParticipantView[];
}

export type Role = "host" | "guest" | "visitor";

export function roleOf(session: Pick<PracticeSession, "hostId" | "guestId">, userId: string): Role {
  if (session.hostId === userId) return "host";
  if (session.guestId === userId) return "guest";
  return "visitor";
}

/** The seated members in seat order (host first), with their stored presence. */
export function seatedMembers(
  session: Pick<PracticeSession, "hostId" | "guestId">,
  members: SessionMember[],
): Array<{ member: SessionMember; role: "host" | "guest" }> {
  return (
    [
      [session.hostId, "host"],
      [session.guestId, "guest"],
    ] as const
  ).flatMap(([id, role]) => {
    const member = id ? members.find((m) => m.userId === id) : undefined;
    return member ? [{ member, role }] : [];
  });
}

export function toSessionView(
  session: PracticeSession,
  members: SessionMember[],
  viewerId: string,
  now = Date.now(),
): SessionView {
  return {
    id: session.id,
    status: session.status,
    visibility: session.visibility,
    problemSlug: session.problemSlug,
    createdAt: session.createdAt.toISOString(),
    startedAt: session.startedAt?.toISOString() ?? null,
    endedAt: session.endedAt?.toISOString() ?? null,
    endReason: session.endReason,
    participants: seatedMembers(session, members).map(({ member, role }) => ({
      userId: member.userId,
      username: member.username,
      role,
      present: session.status !== "ended" && !member.leftAt && now - member.lastSeenAt.getTime() < PRESENCE_WINDOW_MS,
      isYou: member.userId === viewerId,
    })),
  };
}
