import { getServices, getStore } from "~/composition.server";
import { getLogger } from "~/platform/logger.server";

import { materializeSlot } from "./partners.server";
import { NO_SHOW_AFTER_MS, REMINDER_LEAD_MS } from "./schedule-rules";
import { getProblemTitle } from "./scheduled-view.server";
import { checkNoShow, membersOf, openAtStart } from "./scheduling.server";

const BATCH = 200;

export interface TickReport {
  slotsCreated: number;
  reminded: number;
  opened: number;
  noShowsChecked: number;
}

/**
 * One pass of the scheduler at `now`. Every step is claimed in storage first (reminded,
 * opened, no-show checked), so the pass is safe to repeat, to run on several instances and
 * to resume after a restart: nothing lives only in a timer.
 */
export async function runSchedulingTick(now = new Date()): Promise<TickReport> {
  const store = getStore();
  const report: TickReport = { slotsCreated: 0, reminded: 0, opened: 0, noShowsChecked: 0 };

  for (const slot of await store.slots.listActive(BATCH)) report.slotsCreated += await materializeSlot(slot, now);

  for (const due of await store.scheduled.listDueReminders(new Date(now.getTime() + REMINDER_LEAD_MS), BATCH)) {
    // A reminder whose start is long past (the server was down) is not worth sending.
    if (due.startsAt.getTime() < now.getTime() - NO_SHOW_AFTER_MS) {
      await store.scheduled.claimReminder(due.id, now);
      continue;
    }
    if (!(await store.scheduled.claimReminder(due.id, now))) continue;
    report.reminded++;
    await getServices().events.emit({
      type: "scheduled.reminderDue",
      scheduledId: due.id,
      memberIds: membersOf(due),
      startsAt: due.startsAt.toISOString(),
      title: getProblemTitle(due.problemSlug),
    });
  }

  // Past its no-show time a room would only wait for nobody: those are left to the no-show rule.
  for (const due of await store.scheduled.listDueOpenings(new Date(now.getTime() - NO_SHOW_AFTER_MS), now, BATCH)) {
    await openAtStart(due, now);
    report.opened++;
  }

  for (const due of await store.scheduled.listNoShowCandidates(new Date(now.getTime() - NO_SHOW_AFTER_MS), BATCH)) {
    await checkNoShow(due, now);
    report.noShowsChecked++;
  }
  return report;
}

/** Runs the scheduler every `intervalMs` in this process (Inngest's cron runs it otherwise). */
export function startSchedulingTicks(intervalMs = 30_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSchedulingTick()
      .catch((error: unknown) => getLogger().error({ err: error }, "scheduling tick failed"))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
