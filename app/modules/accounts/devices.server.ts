import crypto from "node:crypto";

import { UAParser } from "ua-parser-js";

import { getServices, getStore } from "~/composition.server";
import type { LoginSession } from "~/storage/store.server";

/** The account page's signed-in devices: one row per login session of the user. */
export interface DeviceView {
  /** Names the session in forms without handing out its stored id. */
  publicId: string;
  browser: string;
  createdAt: string;
  lastSeenAt: string;
  ipAddress: string | null;
  current: boolean;
}

const publicIdOf = (session: LoginSession) =>
  crypto.createHash("sha256").update(`device:${session.id}`).digest("base64url").slice(0, 22);

function describe(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const ua = UAParser(userAgent);
  const browser = [ua.browser.name, ua.browser.major].filter(Boolean).join(" ");
  const os = [ua.os.name, ua.os.version].filter(Boolean).join(" ");
  return [browser || "Unknown browser", os].filter(Boolean).join(" on ");
}

export async function listDevices(userId: string, currentSessionId: string): Promise<DeviceView[]> {
  const sessions = await getStore().loginSessions.listActiveForUser(userId, new Date());
  return sessions.map((s) => ({
    publicId: publicIdOf(s),
    browser: describe(s.userAgent),
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    ipAddress: s.ipAddress,
    current: s.id === currentSessionId,
  }));
}

/** Ends one of the user's login sessions (and its sockets); false when it is not theirs or already gone. */
export async function endDevice(userId: string, publicId: string): Promise<boolean> {
  const store = getStore();
  const session = (await store.loginSessions.listActiveForUser(userId, new Date())).find(
    (s) => publicIdOf(s) === publicId,
  );
  if (!session || !(await store.loginSessions.deleteForUser(userId, session.id))) return false;
  await getServices().events.emit({ type: "account.signedOut", userId, loginSessions: { only: session.id } });
  return true;
}
