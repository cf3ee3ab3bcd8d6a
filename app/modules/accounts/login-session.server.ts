import crypto from "node:crypto";

import { createCookie, redirect } from "react-router";

import { getServices, getStore } from "~/composition.server";
import { getEnv } from "~/platform/env.server";
import { safeRedirect } from "~/platform/http/safe-redirect";
import type { LoginSession, User } from "~/storage/store.server";

/**
 * Server-side login sessions. The cookie holds a random token (signed); the store
 * keeps only its sha256, so a leaked database does not hand out live sessions.
 */
let cookie: ReturnType<typeof createCookie> | undefined;

function loginCookie() {
  if (!cookie) {
    const env = getEnv();
    cookie = createCookie("pp_session", {
      httpOnly: true,
      sameSite: "lax",
      secure: env.COOKIE_SECURE,
      path: "/",
      secrets: [env.SESSION_SECRET],
      maxAge: env.LOGIN_SESSION_DAYS * 24 * 60 * 60,
    });
  }
  return cookie;
}

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export interface CurrentLogin {
  user: User;
  session: LoginSession;
}

// One lookup per request, however many loaders ask.
const perRequest = new WeakMap<Request, Promise<CurrentLogin | null>>();

async function readLogin(request: Request): Promise<CurrentLogin | null> {
  const token: unknown = await loginCookie().parse(request.headers.get("Cookie"));
  if (typeof token !== "string" || token.length < 32) return null;
  const now = new Date();
  const login = await getStore().loginSessions.findActive(hashToken(token), now);
  // "Last seen" on the devices list: one write a minute at most, not one per request.
  if (login && now.getTime() - login.session.lastSeenAt.getTime() > 60_000) {
    await getStore().loginSessions.touch(login.session.id, now);
  }
  return login;
}

export function getCurrentLogin(request: Request): Promise<CurrentLogin | null> {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = readLogin(request);
    perRequest.set(request, pending);
  }
  return pending;
}

const usersPerRequest = new WeakMap<Request, Promise<User | null>>();

/**
 * The signed-in user, whichever identity provider the composition root chose (built-in
 * login cookie or Clerk). Routes and the socket handshake both use this.
 */
export function getRequestUser(request: Request): Promise<User | null> {
  let pending = usersPerRequest.get(request);
  if (!pending) {
    pending = getServices().identity.userOf(request);
    usersPerRequest.set(request, pending);
  }
  return pending;
}

/** Whose pages sign people in: with a hosted provider the built-in forms do not exist. */
export const usesHostedPages = () => getServices().identity.pages === "hosted";

/** For the built-in forms' actions: 404 when a hosted provider owns sign-in. */
export function requireBuiltinAccounts(): void {
  if (usesHostedPages()) throw new Response("Not found", { status: 404 });
}

function loginUrlFor(request: Request): string {
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  return `/login?${new URLSearchParams({ redirectTo })}`;
}

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(request: Request): Promise<User> {
  const user = await getRequestUser(request);
  if (!user) throw redirect(loginUrlFor(request));
  return user;
}

export async function requireLogin(request: Request): Promise<CurrentLogin> {
  const login = await getCurrentLogin(request);
  if (!login) throw redirect(loginUrlFor(request));
  return login;
}

/** For sign-in and sign-up pages: a signed-in user goes home instead. */
export async function requireAnonymous(request: Request): Promise<void> {
  if (await getRequestUser(request)) throw redirect("/");
}

/** Starts a login session and redirects with its cookie set. */
export async function startLoginSession(
  request: Request,
  userId: string,
  redirectTo: string | null | undefined,
  extraCookies: string[] = [],
  ipAddress: string | null = null,
): Promise<Response> {
  const env = getEnv();
  const token = crypto.randomBytes(32).toString("base64url");
  await getStore().loginSessions.create({
    id: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + env.LOGIN_SESSION_DAYS * 86_400_000),
    userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    ipAddress: ipAddress?.slice(0, 64) ?? null,
  });
  const headers = new Headers({ "Set-Cookie": await loginCookie().serialize(token) });
  for (const extra of extraCookies) headers.append("Set-Cookie", extra);
  return redirect(safeRedirect(redirectTo, "/"), { headers });
}

/** Ends this device's login session and clears the cookie. */
export async function endLoginSession(request: Request, redirectTo = "/"): Promise<Response> {
  const login = await getCurrentLogin(request);
  if (login) {
    await getStore().loginSessions.delete(login.session.id);
    await getServices().events.emit({
      type: "account.signedOut",
      userId: login.user.id,
      loginSessions: { only: login.session.id },
    });
  }
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await loginCookie().serialize("", { maxAge: 0 }) },
  });
}
