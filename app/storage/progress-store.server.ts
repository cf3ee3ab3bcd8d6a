import type { Topic } from "~/modules/problems/problem-schema";

/**
 * The progress feature's part of the storage seam: its own settings and reflections, and
 * the two reads every progress page is built from (the user's judged submissions and the
 * sessions they finished). Streaks, heatmaps and recommendations are computed from these
 * in `app/modules/progress/`, never stored.
 */

/** What a public profile at /u/:username shows: nothing (default), the numbers, or the numbers and recent activity. */
export const PROFILE_SHARING = ["private", "stats", "full"] as const;
export type ProfileSharing = (typeof PROFILE_SHARING)[number];

/** A time zone in effect from `from` on (the first one covers everything before it too). */
export interface TimeZoneSpan {
  timeZone: string;
  from: Date;
}

export interface ProgressSettings {
  sharing: ProfileSharing;
  /** Oldest first; empty until the browser has told us its zone. */
  timeZones: TimeZoneSpan[];
}

/** One judged submission as progress reads it (no code). */
export interface ActivitySubmission {
  problemSlug: string;
  verdict: string;
  sessionId: string | null;
  createdAt: Date;
}

export interface FinishedSession {
  sessionId: string;
  problemSlug: string;
  endedAt: Date;
  /** Everyone else who held a seat in it. */
  partners: Array<{ id: string; username: string }>;
}

export interface Reflection {
  sessionId: string;
  userId: string;
  blocker: string;
  nextStep: string;
  kudos: string;
  /** The topic the user named as what blocked them, if any (recommendations use it). */
  blockerTopic: Topic | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewReflection = Omit<Reflection, "createdAt" | "updatedAt">;

/** Everything one progress page needs, read together. */
export interface ProgressData {
  settings: ProgressSettings;
  submissions: ActivitySubmission[];
  sessions: FinishedSession[];
  reflections: Reflection[];
}

/** Zone changes kept per user: enough for any real itinerary, bounded for the row. */
export const MAX_TIME_ZONE_SPANS = 50;

export interface ProgressStore {
  settings(userId: string): Promise<ProgressSettings>;
  setSharing(userId: string, sharing: ProfileSharing): Promise<void>;
  /**
   * Appends `timeZone` in effect from `from`, unless it already is the current zone; the
   * first zone stored covers all earlier history. Keeps the newest MAX_TIME_ZONE_SPANS.
   */
  setTimeZone(userId: string, timeZone: string, from: Date): Promise<void>;
  /**
   * Settings, judged submissions (oldest first), finished sessions with their partners
   * (oldest first) and the newest `reflectionLimit` reflections, for one user.
   */
  progressData(userId: string, reflectionLimit: number): Promise<ProgressData>;
  /**
   * A short text that changes whenever anything `progressData` reads for the user changes:
   * counts and newest times of their submissions, finished sessions and reflections, their
   * settings' last change and their pair streak settings. One cheap indexed read, so a cached
   * view can be checked on every request, whichever instance wrote the change.
   */
  progressStamp(userId: string): Promise<string>;
  /** Sessions the two users both sat in that have ended, oldest first. */
  finishedTogether(userId: string, partnerId: string): Promise<Date[]>;
  /** A user by exact username (case-insensitive); never by email. Null for deleted users. */
  findUserByUsername(username: string): Promise<{ id: string; username: string } | null>;
  /** Creates or replaces the user's reflection on a session. */
  saveReflection(input: NewReflection, now: Date): Promise<Reflection>;
  reflection(sessionId: string, userId: string): Promise<Reflection | null>;
}
