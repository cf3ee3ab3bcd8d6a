import type { RateLimiterAbstract } from "rate-limiter-flexible";

import { createLimiter } from "~/platform/rate-limit.server";
import type { ClientToServerEvents } from "~/platform/realtime/realtime-events";

/**
 * Every client event has a per-user limit (all of the user's sockets and tabs, and with
 * REDIS_URL all instances, count together). The Record type makes a new event without
 * a limit a compile error. docs/security.md lists them.
 */
export const EVENT_LIMITS: Record<keyof ClientToServerEvents, { limiter: RateLimiterAbstract; reason: string }> = {
  "session:enter": {
    limiter: createLimiter({ keyPrefix: "ev-enter-user", points: 30, durationSeconds: 60 }),
    reason: "Too many attempts to enter the room.",
  },
  "chat:send": {
    limiter: createLimiter({ keyPrefix: "chat-user", points: 20, durationSeconds: 10 }),
    reason: "Too many messages.",
  },
  "chat:history": {
    limiter: createLimiter({ keyPrefix: "ev-history-user", points: 60, durationSeconds: 60 }),
    reason: "Too many history requests.",
  },
  "chat:typing": {
    limiter: createLimiter({ keyPrefix: "typing-user", points: 30, durationSeconds: 10 }),
    reason: "Too many typing updates.",
  },
  "presence:update": {
    limiter: createLimiter({ keyPrefix: "ev-presence-user", points: 30, durationSeconds: 10 }),
    reason: "Too many presence updates.",
  },
  "session:timer": {
    limiter: createLimiter({ keyPrefix: "ev-timer-user", points: 10, durationSeconds: 60 }),
    reason: "Too many timer changes.",
  },
  "problem:propose": {
    limiter: createLimiter({ keyPrefix: "ev-problem-propose-user", points: 20, durationSeconds: 60 }),
    reason: "Too many problem proposals.",
  },
  "problem:answer": {
    limiter: createLimiter({ keyPrefix: "ev-problem-answer-user", points: 30, durationSeconds: 60 }),
    reason: "Too many answers to proposals.",
  },
  "problem:withdraw": {
    limiter: createLimiter({ keyPrefix: "ev-problem-withdraw-user", points: 30, durationSeconds: 60 }),
    reason: "Too many withdrawals.",
  },
  "rtc:signal": {
    limiter: createLimiter({ keyPrefix: "signal-user", points: 400, durationSeconds: 10 }),
    reason: "Too many call signals.",
  },
  // Joining the queue is the one that costs (a history read, a scan of the queue).
  "match:join": {
    limiter: createLimiter({ keyPrefix: "ev-match-join-user", points: 10, durationSeconds: 60 }),
    reason: "Too many attempts to join the queue.",
  },
  "match:leave": {
    limiter: createLimiter({ keyPrefix: "ev-match-leave-user", points: 30, durationSeconds: 60 }),
    reason: "Too many attempts to leave the queue.",
  },
  "match:accept": {
    limiter: createLimiter({ keyPrefix: "ev-match-accept-user", points: 30, durationSeconds: 60 }),
    reason: "Too many answers to proposals.",
  },
  "match:decline": {
    limiter: createLimiter({ keyPrefix: "ev-match-decline-user", points: 30, durationSeconds: 60 }),
    reason: "Too many answers to proposals.",
  },
  "match:status": {
    limiter: createLimiter({ keyPrefix: "ev-match-status-user", points: 60, durationSeconds: 60 }),
    reason: "Too many queue status requests.",
  },
  "notification:list": {
    limiter: createLimiter({ keyPrefix: "ev-notification-list-user", points: 30, durationSeconds: 60 }),
    reason: "Too many notification requests.",
  },
  "notification:read": {
    limiter: createLimiter({ keyPrefix: "ev-notification-read-user", points: 120, durationSeconds: 60 }),
    reason: "Too many notification updates.",
  },
  "notification:readAll": {
    limiter: createLimiter({ keyPrefix: "ev-notification-read-all-user", points: 20, durationSeconds: 60 }),
    reason: "Too many notification updates.",
  },
};

/** Chat messages stored per session, from both people together (and system lines they cause). */
export const chatBySession = createLimiter({ keyPrefix: "chat-session", points: 300, durationSeconds: 10 * 60 });

/** Open sockets per user (tabs, devices): on all instances together with REDIS_URL (ADR 075). */
export const MAX_SOCKETS_PER_USER = 10;
