import { z } from "zod";

import { inngestClient } from "~/jobs/inngest/inngest-client.server";
import { getLogger } from "~/observability/logger.server";

import { streamMedia } from "./stream-media.server";

export const MirroredUserSchema = z.object({ id: z.string().min(1), username: z.string().min(1) });
export type MirroredUser = z.infer<typeof MirroredUserSchema>;

/** Creates or renames the user on Stream. A job: Inngest runs it when configured. */
export async function upsertStreamUser(user: MirroredUser): Promise<{ upserted: boolean }> {
  const media = streamMedia();
  if (!media) return { upserted: false };
  await media.upsertUser(user);
  return { upserted: true };
}

/**
 * A user's name changed (or they were mirrored from Clerk): Stream should show the new
 * name. Queued on Inngest when configured (retries), otherwise done now; never fails the caller.
 */
export async function userMirrored(user: MirroredUser): Promise<void> {
  if (!streamMedia()) return;
  try {
    const inngest = inngestClient();
    if (inngest) await inngest.send({ name: "peerprep/user.mirrored", data: user });
    else await upsertStreamUser(user);
  } catch (error) {
    getLogger().warn({ err: error, userId: user.id }, "could not update the user on Stream");
  }
}
