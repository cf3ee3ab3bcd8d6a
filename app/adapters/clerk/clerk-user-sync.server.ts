import { z } from "zod";

import { getServices, getStore } from "~/composition.server";
import { getLogger } from "~/platform/logger.server";
import { UniqueConstraintError, type User } from "~/storage/store.server";

/**
 * Keeps the local mirror of Clerk users. Used on a user's first authenticated request
 * (so a missed webhook never locks anyone out) and by the user.* webhooks.
 */
const ClerkEmailSchema = z.object({ id: z.string(), email_address: z.string() });

export const ClerkUserDataSchema = z.object({
  id: z.string().min(1).max(200),
  username: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  primary_email_address_id: z.string().nullish(),
  email_addresses: z.array(ClerkEmailSchema).default([]),
});
export type ClerkUserData = z.infer<typeof ClerkUserDataSchema>;

export const ClerkUserEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user.created"), data: ClerkUserDataSchema }),
  z.object({ type: z.literal("user.updated"), data: ClerkUserDataSchema }),
  z.object({
    type: z.literal("user.deleted"),
    data: z.object({ id: z.string().min(1).max(200), deleted: z.boolean().optional() }),
  }),
]);
export type ClerkUserEvent = z.infer<typeof ClerkUserEventSchema>;

const USERNAME_MAX = 24;

/** A username that fits PeerPrep's rules (3-24 of a-z 0-9 _ -), from what Clerk knows. */
export function usernameFor(data: ClerkUserData, email: string): string {
  const candidates = [data.username, [data.first_name, data.last_name].filter(Boolean).join("-"), email.split("@")[0]];
  for (const raw of candidates) {
    const cleaned = (raw ?? "")
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, USERNAME_MAX);
    if (cleaned.length >= 3) return cleaned;
  }
  return `user-${data.id
    .replace(/[^a-zA-Z0-9]/g, "")
    .slice(-8)
    .toLowerCase()}`;
}

export function primaryEmail(data: ClerkUserData): string {
  const primary = data.email_addresses.find((e) => e.id === data.primary_email_address_id) ?? data.email_addresses[0];
  // Clerk can be set up without email: a stable placeholder keeps the store's rules.
  return primary?.email_address.toLowerCase() ?? `${data.id.toLowerCase()}@users.clerk.invalid`;
}

/** Creates or updates the mirror; a username someone else has gets a numeric suffix. */
export async function mirrorClerkUser(data: ClerkUserData): Promise<User> {
  const email = primaryEmail(data);
  const base = usernameFor(data, email);
  const existing = await getStore().users.findByExternalId("clerk", data.id);
  // An update keeps the suffixed name the mirror already has rather than renaming it.
  const first = existing?.username.startsWith(base) ? existing.username : base;
  for (let attempt = 0; attempt < 20; attempt++) {
    const suffix = attempt === 0 ? "" : `-${attempt < 10 ? attempt + 1 : Math.floor(Math.random() * 100_000)}`;
    const username = attempt === 0 ? first : `${base.slice(0, USERNAME_MAX - suffix.length)}${suffix}`;
    try {
      return await getStore().users.upsertExternal({ provider: "clerk", externalId: data.id, username, email });
    } catch (error) {
      if (error instanceof UniqueConstraintError && error.field === "username") continue;
      throw error;
    }
  }
  throw new Error("could not find a free username for the Clerk user");
}

/** Applies one user.* webhook event. Returns what it did, for logs and job results. */
export async function syncClerkUser(
  event: ClerkUserEvent,
): Promise<{ action: "mirrored" | "removed" | "unknown-user"; userId?: string }> {
  if (event.type === "user.deleted") {
    const mirrored = await getStore().users.findByExternalId("clerk", event.data.id);
    const removed = await getStore().users.removeExternal("clerk", event.data.id);
    getLogger().info({ clerkUserId: event.data.id, removed }, "clerk user deleted");
    // Every socket of the deleted user ends, on every instance.
    if (mirrored)
      await getServices().events.emit({ type: "account.signedOut", userId: mirrored.id, loginSessions: { all: true } });
    return removed ? { action: "removed" } : { action: "unknown-user" };
  }
  const user = await mirrorClerkUser(event.data);
  await getServices().events.emit({ type: "account.profileChanged", user: { id: user.id, username: user.username } });
  return { action: "mirrored", userId: user.id };
}
