import { getStore } from "~/composition.server";
import { listProblems } from "~/modules/problems/problem-bank.server";
import type { Difficulty, Topic } from "~/modules/problems/problem-schema";
import type { PairStreakSetting } from "~/storage/pair-streak-store.server";
import type { FinishedSession, ProfileSharing, ProgressData } from "~/storage/progress-store.server";
import type { PracticeSession, Submission } from "~/storage/store.server";

import { analyticsOf } from "./analytics";
import { bothSolved } from "./both-solved.server";
import { dailyProblem } from "./daily-problem";
import { isValidTimeZone, utcDayNumber } from "./day-keys";
import { pairStreak, pairStreaksFromSessions } from "./pair-streaks.server";
import { isAccepted, problemStats } from "./problem-stats";
import { heatmapOf, progressCounts } from "./progress-summary";
import { ProgressViewCache } from "./progress-view-cache.server";
import { recommend } from "./recommendations";
import { computeStreaks } from "./streaks";

/** Until the browser has told us its zone, days are UTC days. */
export const FALLBACK_ZONE = "UTC";
const RECENT_LIMIT = 10;
const REFLECTIONS_READ = 20;

export type RecentItem =
  | { kind: "submission"; at: string; slug: string; title: string; verdict: string }
  | { kind: "session"; at: string; slug: string; title: string; partners: string[] };

function recentOf(data: ProgressData, titles: ReadonlyMap<string, string>): RecentItem[] {
  const submissions = data.submissions.slice(-RECENT_LIMIT).map((s): RecentItem => ({
    kind: "submission",
    at: s.createdAt.toISOString(),
    slug: s.problemSlug,
    title: titles.get(s.problemSlug) ?? s.problemSlug,
    verdict: s.verdict,
  }));
  const sessions = data.sessions.slice(-RECENT_LIMIT).map((s: FinishedSession): RecentItem => ({
    kind: "session",
    at: s.endedAt.toISOString(),
    slug: s.problemSlug,
    title: titles.get(s.problemSlug) ?? s.problemSlug,
    partners: s.partners.map((p) => p.username),
  }));
  return [...submissions, ...sessions].sort((a, b) => b.at.localeCompare(a.at)).slice(0, RECENT_LIMIT);
}

const blockerTopicsOf = (data: ProgressData) =>
  data.reflections.map((r) => r.blockerTopic).filter((t): t is Topic => t !== null);

/** Everything the progress page and a shared profile show, from one store read. */
export function progressViewOf(
  data: ProgressData,
  now: Date,
  pairSettings: ReadonlyMap<string, PairStreakSetting> = new Map(),
) {
  const problems = listProblems();
  const titles = new Map(problems.map((p) => [p.slug, p.title]));
  const stats = problemStats(data.submissions);
  const zones = data.settings.timeZones;
  const streak = computeStreaks({
    moments: [...data.submissions.filter(isAccepted).map((s) => s.createdAt), ...data.sessions.map((s) => s.endedAt)],
    zones,
    fallbackZone: FALLBACK_ZONE,
    now,
  });
  return {
    timeZone: zones.at(-1)?.timeZone ?? FALLBACK_ZONE,
    timeZoneKnown: zones.length > 0,
    sharing: data.settings.sharing,
    counts: progressCounts(problems, stats),
    streak: {
      current: streak.current,
      longest: streak.longest,
      practisedToday: streak.practisedToday,
      freezeHeld: streak.freezeHeld,
      frozenDays: streak.frozenDays.slice(-5),
      today: streak.today,
    },
    heatmap: heatmapOf(streak.days, streak.today),
    recent: recentOf(data, titles),
    recommendations: recommend({ problems, stats, blockerTopics: blockerTopicsOf(data) }),
    pairStreaks: pairStreaksFromSessions(data.sessions, now, pairSettings).map((p) => ({
      ...p,
      lastTogether: p.lastTogether?.toISOString() ?? null,
    })),
  };
}

export type ProgressView = ReturnType<typeof progressViewOf>;

const views = new ProgressViewCache<ProgressView>();

/** The user's view, rebuilt only when the store's stamp or the quarter hour has moved on. */
function cachedView(userId: string, now: Date): Promise<ProgressView> {
  const store = getStore();
  return views.get(
    userId,
    now,
    () => store.progress.progressStamp(userId),
    async () => {
      const [data, pairSettings] = await Promise.all([
        store.progress.progressData(userId, REFLECTIONS_READ),
        store.pairStreaks.settingsFor(userId),
      ]);
      return progressViewOf(data, now, pairSettings);
    },
  );
}

export function loadOwnProgress(userId: string, now = new Date()): Promise<ProgressView> {
  return cachedView(userId, now);
}

/**
 * A public profile: null for an unknown user and for one who shares nothing, so the two
 * look the same from outside. "stats" shows counts, streaks and the heatmap; "full" adds
 * recent activity. Partners, recommendations and reflections are never public.
 */
export async function loadPublicProfile(username: string, now = new Date()) {
  const store = getStore();
  const user = await store.progress.findUserByUsername(username);
  if (!user) return null;
  const view = await cachedView(user.id, now);
  if (view.sharing === "private") return null;
  return {
    username: user.username,
    sharing: view.sharing,
    counts: view.counts,
    streak: { current: view.streak.current, longest: view.streak.longest },
    heatmap: view.heatmap,
    recent: view.sharing === "full" ? view.recent.map(hidePartners) : null,
  };
}

const hidePartners = (item: RecentItem): RecentItem => (item.kind === "session" ? { ...item, partners: [] } : item);

/**
 * The home page's "next for you" (the same rules as the progress page); the room's problem
 * picker passes the partner's solved problems as `alsoSolved`.
 */
export async function recommendationsFor(
  userId: string,
  options: { alsoSolved?: ReadonlySet<string>; limit?: number } = {},
) {
  const data = await getStore().progress.progressData(userId, REFLECTIONS_READ);
  return recommend({
    problems: listProblems(),
    stats: problemStats(data.submissions),
    blockerTopics: blockerTopicsOf(data),
    ...options,
  });
}

type DailyCard = { slug: string; title: string; difficulty: Difficulty } | null;
// The home page and the lobby show it on every request; it changes once a day (or with the bank).
let todays: { day: number; bank: readonly unknown[]; card: DailyCard } | null = null;

/** Today's problem (UTC day) with the links the card shows. */
export function dailyProblemToday(now = new Date()): DailyCard {
  const bank = listProblems();
  const day = utcDayNumber(now);
  if (todays?.day !== day || todays.bank !== bank) {
    const problem = dailyProblem(bank, now);
    const card = problem ? { slug: problem.slug, title: problem.title, difficulty: problem.difficulty } : null;
    todays = { day, bank, card };
  }
  return todays.card;
}

export async function loadAnalytics(userId: string) {
  const data = await getStore().progress.progressData(userId, 0);
  return analyticsOf({
    problems: listProblems(),
    stats: problemStats(data.submissions),
    submissions: data.submissions,
    sessionEnds: data.sessions.map((s) => s.endedAt),
    zones: data.settings.timeZones,
    fallbackZone: FALLBACK_ZONE,
  });
}

/**
 * What the room shows of progress: the pair streak with the partner, whether both solved
 * the problem here, and a next problem neither of them has solved.
 */
export async function roomProgressFor(
  userId: string,
  session: PracticeSession,
  submissions: readonly Submission[],
  now = new Date(),
) {
  const partnerId = session.hostId === userId ? session.guestId : session.hostId;
  if (!partnerId) return { streak: null, bothSolved: false, nextTogether: null };
  const store = getStore();
  const [streak, mine, theirs] = await Promise.all([
    pairStreak(userId, partnerId, now),
    store.submissions.statusesForUser(userId),
    store.submissions.statusesForUser(partnerId),
  ]);
  const solvedByEither = new Set(
    [...mine, ...theirs].filter(([, status]) => status === "solved").map(([slug]) => slug),
  );
  solvedByEither.add(session.problemSlug);
  // The first problem on the roadmap that neither has solved.
  const next = listProblems().find((p) => !solvedByEither.has(p.slug));
  return {
    streak: { current: streak.current, longest: streak.longest, thisUnit: streak.thisUnit, unit: streak.unit },
    bothSolved: bothSolved(session, submissions),
    nextTogether: next ? { slug: next.slug, title: next.title, difficulty: next.difficulty } : null,
  };
}

export async function saveSharing(userId: string, sharing: ProfileSharing): Promise<void> {
  await getStore().progress.setSharing(userId, sharing);
}

/**
 * "detect": the browser's zone, taken only while none is stored (sent once); "set": the
 * user's choice on the account page, in effect from now on.
 */
/** The zone streak days are counted in now (the latest one set), or null before any. */
export async function currentTimeZone(userId: string): Promise<string | null> {
  const { timeZones } = await getStore().progress.settings(userId);
  return timeZones.at(-1)?.timeZone ?? null;
}

export async function saveTimeZone(userId: string, timeZone: string, mode: "detect" | "set", now = new Date()) {
  if (!isValidTimeZone(timeZone)) return false;
  const store = getStore();
  if (mode === "detect" && (await store.progress.settings(userId)).timeZones.length) return true;
  await store.progress.setTimeZone(userId, timeZone, now);
  return true;
}
