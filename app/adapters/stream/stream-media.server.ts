import { StreamClient } from "@stream-io/node-sdk";

import type { SessionEvent } from "~/modules/sessions/session-events";
import type { Env } from "~/platform/env.server";

/** Stream's call type for a two-person session (video, audio, screen share). */
export const CALL_TYPE = "default";
/** A chat channel of type "messaging" holds the session's messages. */
export const CHANNEL_TYPE = "messaging";

export const callIdFor = (sessionId: string) => sessionId;
export const channelIdFor = (sessionId: string) => `session-${sessionId}`;

/** How long a browser's Stream token lasts; the room asks for a new one when it reloads. */
const TOKEN_SECONDS = 4 * 60 * 60;

/**
 * The session's call and chat channel on Stream, kept to exactly its two seated members.
 * Server only: it holds the API secret.
 */
export class StreamMedia {
  constructor(private readonly client: StreamClient) {}

  get apiKey(): string {
    return this.client.apiKey;
  }

  /** A user token for the browser SDKs (JWT signed with the API secret, with an expiry). */
  tokenFor(userId: string): string {
    return this.client.generateUserToken({ user_id: userId, validity_in_seconds: TOKEN_SECONDS });
  }

  async upsertUser(user: { id: string; username: string }): Promise<void> {
    await this.client.upsertUsers([{ id: user.id, name: user.username, role: "user" }]);
  }

  private call(sessionId: string) {
    return this.client.video.call(CALL_TYPE, callIdFor(sessionId));
  }

  private channel(sessionId: string) {
    return this.client.chat.channel(CHANNEL_TYPE, channelIdFor(sessionId));
  }

  async sessionCreated(sessionId: string, host: { id: string; username: string }): Promise<void> {
    await this.upsertUser(host);
    await this.call(sessionId).getOrCreate({
      data: { created_by_id: host.id, members: [{ user_id: host.id, role: "admin" }] },
    });
    await this.channel(sessionId).getOrCreate({
      data: { created_by_id: host.id, members: [{ user_id: host.id, channel_role: "channel_moderator" }] },
    });
  }

  async guestJoined(sessionId: string, guest: { id: string; username: string }): Promise<void> {
    await this.upsertUser(guest);
    await this.call(sessionId).updateCallMembers({ update_members: [{ user_id: guest.id, role: "user" }] });
    await this.channel(sessionId).update({ add_members: [{ user_id: guest.id }] });
  }

  async memberLeft(sessionId: string, userId: string): Promise<void> {
    await this.call(sessionId).updateCallMembers({ remove_members: [userId] });
    await this.channel(sessionId).update({ remove_members: [userId] });
  }

  /** The host left with a guest present: the guest leads; the former host is no member. */
  async handedOver(sessionId: string, formerHostId: string, newHostId: string): Promise<void> {
    await this.call(sessionId).updateCallMembers({
      remove_members: [formerHostId],
      update_members: [{ user_id: newHostId, role: "admin" }],
    });
    await this.channel(sessionId).update({ remove_members: [formerHostId] });
  }

  /** Ends the call for everyone and freezes the channel (readable, no new messages). */
  async sessionEnded(sessionId: string): Promise<void> {
    await this.call(sessionId).end();
    await this.channel(sessionId).updateChannelPartial({ set: { frozen: true } });
  }

  /** Keeps Stream in step with the session (a domain event listener). */
  async apply(event: SessionEvent): Promise<void> {
    switch (event.type) {
      case "session.created":
        return this.sessionCreated(event.sessionId, event.host);
      case "session.seatTaken":
        return this.guestJoined(event.sessionId, event.guest);
      case "session.seatReleased":
        return this.memberLeft(event.sessionId, event.guest.id);
      case "session.hostHandedOver":
        return this.handedOver(event.sessionId, event.formerHost.id, event.newHostId);
      case "session.ended":
        return this.sessionEnded(event.sessionId);
    }
  }
}

/** The Stream service when STREAM_API_KEY/SECRET are set, otherwise null (built-in call and chat). */
export function streamMediaOf(env: Pick<Env, "STREAM_API_KEY" | "STREAM_API_SECRET">): StreamMedia | null {
  return env.STREAM_API_KEY && env.STREAM_API_SECRET
    ? new StreamMedia(new StreamClient(env.STREAM_API_KEY, env.STREAM_API_SECRET, { timeout: 5_000 }))
    : null;
}
