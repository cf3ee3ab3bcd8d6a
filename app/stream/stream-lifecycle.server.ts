import { onSessionLifecycle } from "~/sessions/session-lifecycle.server";

import { streamMedia } from "./stream-media.server";

/** With Stream configured, every session change is mirrored on its call and channel. */
export function connectStreamToSessions(): (() => void) | null {
  const media = streamMedia();
  return media ? onSessionLifecycle((event) => media.apply(event)) : null;
}
