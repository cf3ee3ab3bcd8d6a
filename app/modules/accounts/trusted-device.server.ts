import crypto from "node:crypto";

import { createCookie } from "react-router";
import { z } from "zod";

import { getEnv } from "~/platform/env.server";

/**
 * A device cookie (OWASP "device cookies"): set when someone signs in, it names the
 * account and a random device id, signed. Sign-in attempts that carry it for the account
 * they try use their own limit, so a stranger's wrong guesses against the account do
 * not lock its owner out of the devices they already use.
 */
let cookie: ReturnType<typeof createCookie> | undefined;

function deviceCookie() {
  if (!cookie) {
    const env = getEnv();
    cookie = createCookie("pp_device", {
      httpOnly: true,
      sameSite: "lax",
      secure: env.COOKIE_SECURE,
      path: "/",
      secrets: [env.SESSION_SECRET],
      maxAge: 180 * 24 * 60 * 60,
    });
  }
  return cookie;
}

const DeviceSchema = z.object({ userId: z.string().min(1).max(100), deviceId: z.string().min(16).max(64) });
export type TrustedDevice = z.infer<typeof DeviceSchema>;

export async function readTrustedDevice(request: Request): Promise<TrustedDevice | null> {
  const value: unknown = await deviceCookie().parse(request.headers.get("Cookie"));
  const parsed = DeviceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The Set-Cookie value that marks this browser as one the user signs in from. */
export async function trustDeviceCookie(userId: string, existing: TrustedDevice | null): Promise<string> {
  const deviceId = existing?.userId === userId ? existing.deviceId : crypto.randomBytes(16).toString("base64url");
  return deviceCookie().serialize({ userId, deviceId } satisfies TrustedDevice);
}
