import { z } from "zod";

import type { StreamMedia } from "~/adapters/stream/stream-media.server";
import type { Services } from "~/composition.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import { getLogger } from "~/platform/logger.server";

export const MirroredUserSchema = z.object({ id: z.string().min(1), username: z.string().min(1) });
export type MirroredUser = z.infer<typeof MirroredUserSchema>;

/** Creates or renames the user on Stream. A job: Inngest runs it when configured. */
export async function upsertStreamUser(media: StreamMedia | null, user: MirroredUser): Promise<{ upserted: boolean }> {
  if (!media) return { upserted: false };
  await media.upsertUser(user);
  return { upserted: true };
}

/**
 * With Stream configured: every session change is mirrored on its call and channel, and a
 * changed name is sent to Stream as a job (queued on Inngest when configured, retried there).
 * Never fails the change that caused it.
 */
export function mirrorOnStream(events: DomainEvents, services: Pick<Services, "media" | "jobs">): void {
  events.on(
    ["session.created", "session.seatTaken", "session.seatReleased", "session.hostHandedOver", "session.ended"],
    "stream-mirror",
    (event) => services.media?.apply(event),
  );
  events.on("account.profileChanged", "stream-user", async ({ user }) => {
    try {
      await services.jobs.dispatch("upsert-stream-user", user);
    } catch (error) {
      getLogger().warn({ err: error, userId: user.id }, "could not update the user on Stream");
    }
  });
}
