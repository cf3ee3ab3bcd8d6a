import { useEffect, useState } from "react";

import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import type { AckResult } from "~/platform/realtime/realtime-events";
import type { RoomSocket } from "~/platform/realtime/use-room-socket";

import type { ProposalDto } from "../room-problem-contract";

const SEND_TIMEOUT_MS = 8_000;

/**
 * The pending proposal, live for both: the partner accepts or declines, the proposer may
 * withdraw; both see the seconds left. An answer that cannot be sent offers a retry.
 */
export function ProblemProposal({
  proposal,
  meId,
  sessionId,
  socket,
  connected,
  clockOffsetMs,
}: {
  proposal: ProposalDto;
  meId: string;
  sessionId: string;
  socket: RoomSocket | null;
  connected: boolean;
  clockOffsetMs: number;
}) {
  const secondsLeft = useSecondsLeft(proposal.expiresAt, clockOffsetMs);
  const [state, setState] = useState<{ sending: boolean; error: string | null; last: (() => void) | null }>({
    sending: false,
    error: null,
    last: null,
  });
  const mine = proposal.proposedBy.id === meId;

  type Done = (error: Error | null, result?: AckResult<null>) => void;
  /** Sends one answer; a timeout keeps it ready to retry, a refusal says why. */
  const send = (emit: (socket: RoomSocket, done: Done) => void) => {
    const run = () => {
      if (!socket) return;
      setState({ sending: true, error: null, last: run });
      emit(socket, (error, result) => {
        if (error || !result) setState({ sending: false, error: "Could not reach the server.", last: run });
        else if (!result.ok) setState({ sending: false, error: result.error, last: null });
        else setState({ sending: false, error: null, last: null });
      });
    };
    run();
  };
  const answer = (accept: boolean) =>
    send((s, done) =>
      s.timeout(SEND_TIMEOUT_MS).emit("problem:answer", { sessionId, proposalId: proposal.id, accept }, done),
    );
  const withdraw = () =>
    send((s, done) =>
      s.timeout(SEND_TIMEOUT_MS).emit("problem:withdraw", { sessionId, proposalId: proposal.id }, done),
    );

  if (secondsLeft <= 0) return null;
  return (
    <div
      className="alert alert-info alert-soft flex flex-wrap items-center gap-2 py-2 text-sm"
      role="status"
      aria-live="polite"
      data-testid="problem-proposal"
      data-mine={mine}
    >
      <span className="flex flex-wrap items-center gap-1.5">
        {mine ? "You proposed" : `${proposal.proposedBy.username} proposes`}
        <span className="font-semibold">{proposal.title}</span>
        <DifficultyBadge difficulty={proposal.difficulty} />
        <span className="text-base-content/75">· {secondsLeft} s</span>
      </span>
      <span className="ml-auto flex gap-2">
        {mine ? (
          <button
            type="button"
            className="btn btn-ghost btn-xs"
            disabled={!connected || state.sending}
            onClick={withdraw}
            data-testid="withdraw-proposal"
          >
            Withdraw
          </button>
        ) : (
          <>
            <button
              type="button"
              className="btn btn-primary btn-xs"
              disabled={!connected || state.sending}
              onClick={() => answer(true)}
              data-testid="accept-proposal"
            >
              Switch to it
            </button>
            <button
              type="button"
              className="btn btn-ghost btn-xs"
              disabled={!connected || state.sending}
              onClick={() => answer(false)}
              data-testid="decline-proposal"
            >
              Decline
            </button>
          </>
        )}
      </span>
      {state.error ? (
        <span className="text-error w-full" role="alert">
          {state.error}{" "}
          {state.last ? (
            <button type="button" className="btn btn-xs" onClick={state.last} disabled={!connected}>
              Retry
            </button>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}

/** Whole seconds until `iso` on the server's clock (0 once it has passed). */
function useSecondsLeft(iso: string, clockOffsetMs: number): number {
  const left = () => Math.max(0, Math.ceil((Date.parse(iso) - (Date.now() + clockOffsetMs)) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [iso, clockOffsetMs]);
  return seconds;
}
