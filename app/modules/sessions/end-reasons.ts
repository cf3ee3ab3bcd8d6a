/** Why a session ended, as the room and the history show it; zod-free, so the room's client code does not load zod. */
export const END_REASON_LABELS = {
  "host-ended": "Ended by the host",
  "everyone-left": "Everyone left",
  idle: "Ended after nobody was present",
  expired: "Nobody joined in time",
} as const;
