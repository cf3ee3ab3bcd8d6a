import { getStore } from "~/composition.server";
import type { Reflection } from "~/storage/progress-store.server";

import type { ReflectionInput } from "./reflection-schema";

/** Only someone who sat in the session reflects on it (the same 404 for anyone else). */
async function isMember(userId: string, sessionId: string) {
  const members = await getStore().sessions.members(sessionId);
  return members.some((m) => m.userId === userId);
}

export async function saveReflection(userId: string, sessionId: string, input: ReflectionInput, now = new Date()) {
  if (!(await isMember(userId, sessionId))) return null;
  return getStore().progress.saveReflection({ sessionId, userId, ...input }, now);
}

export async function reflectionFor(userId: string, sessionId: string) {
  const reflection = await getStore().progress.reflection(sessionId, userId);
  return reflection ? toReflectionView(reflection) : null;
}

export const toReflectionView = (r: Reflection) => ({
  blocker: r.blocker,
  nextStep: r.nextStep,
  kudos: r.kudos,
  blockerTopic: r.blockerTopic,
  updatedAt: r.updatedAt.toISOString(),
});

export type ReflectionView = ReturnType<typeof toReflectionView>;
