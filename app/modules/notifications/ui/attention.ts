import type { NotificationDto } from "../notification-contract";

/**
 * Getting attention when the tab is in the background: a short tone (Web Audio, no file to
 * load), a count in the title, and a browser notification when the reader allowed them.
 */

/** Types that play a short sound and badge the title when the tab is in the background. */
export const ATTENTION_TYPES: ReadonlySet<NotificationDto["type"]> = new Set([
  "partner-joined",
  "match-proposed",
  "starting-soon",
]);

let audio: AudioContext | null = null;

export function playTone() {
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.25);
  } catch {
    // No audio device or autoplay refused: the badge and the toast still tell.
  }
}

const BADGE = /^\(\d+\) /;

/** "(2) Page title" while the tab is hidden; cleared when it is shown again. */
export function badgeTitle(count: number) {
  const plain = document.title.replace(BADGE, "");
  document.title = count > 0 ? `(${count}) ${plain}` : plain;
}

export function showBrowserNotification(title: string, body: string, link: string | null) {
  if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
  const shown = new Notification(title, { body, tag: title });
  shown.onclick = () => {
    window.focus();
    if (link) window.location.assign(link);
  };
}
