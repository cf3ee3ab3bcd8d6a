import { useEffect, useState } from "react";

import { TIMER_MINUTES } from "~/modules/sessions/timer-minutes";
import { useHydrated } from "~/platform/hooks/use-hydrated";

/** "12:05" (or "1:02:05") from milliseconds left. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, "0") : String(m);
  return `${h ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/**
 * The session's countdown. The end time lives on the server (it survives reloads and is the
 * same for both); `clockOffsetMs` corrects this browser's clock to the server's.
 */
export function SessionTimer({
  endsAt,
  clockOffsetMs,
  onSet,
  disabled,
}: {
  endsAt: string | null;
  clockOffsetMs: number;
  onSet: (minutes: number | null) => void;
  disabled: boolean;
}) {
  const hydrated = useHydrated();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!endsAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  const left = endsAt ? new Date(endsAt).getTime() - (now + clockOffsetMs) : null;

  return (
    <div className="flex items-center gap-1" data-testid="session-timer">
      {endsAt && hydrated ? (
        <span
          className={`badge badge-sm font-mono ${left !== null && left <= 0 ? "badge-error" : left !== null && left < 5 * 60_000 ? "badge-warning" : "badge-ghost"}`}
          role="timer"
          aria-label="Time left"
          data-testid="timer-left"
        >
          {left !== null && left <= 0 ? "Time's up" : formatCountdown(left ?? 0)}
        </span>
      ) : null}
      <label className="sr-only" htmlFor="timer-picker">
        Session timer
      </label>
      <select
        id="timer-picker"
        className="select select-xs w-28"
        value=""
        disabled={disabled}
        onChange={(e) => {
          const value = e.target.value;
          if (value === "off") onSet(null);
          else if (value) onSet(Number(value));
        }}
      >
        <option value="">{endsAt ? "Change timer" : "Set a timer"}</option>
        {TIMER_MINUTES.map((m) => (
          <option key={m} value={m}>
            {m} minutes
          </option>
        ))}
        {endsAt ? <option value="off">No timer</option> : null}
      </select>
    </div>
  );
}
