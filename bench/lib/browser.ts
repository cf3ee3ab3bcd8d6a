import { type Browser, type BrowserContext, chromium } from "playwright-core";

import { chromiumArgs } from "../../playwright.config";
import type { Person } from "./seed";

/** Debian's Chromium with the end-to-end tests' flags (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs });
}

export async function chromiumVersion(browser: Browser): Promise<string> {
  return browser.version();
}

/** A fresh context (empty cache) signed in as `person`, without camera or microphone. */
export async function signedInContext(browser: Browser, baseUrl: string, person: Person): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.addCookies([
    { name: "pp_session", value: person.cookieValue, url: baseUrl, httpOnly: true, sameSite: "Lax" },
  ]);
  await context.addInitScript(() => {
    if (!navigator.mediaDevices) return;
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException("No devices in this benchmark", "NotFoundError"));
  });
  return context;
}
