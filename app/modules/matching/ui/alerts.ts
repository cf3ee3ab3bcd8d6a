/** A short two-note chime (Web Audio: no sound file to ship). Silent where audio is blocked. */
export function playChime() {
  try {
    const audio = new AudioContext();
    const now = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, now + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.001, now + i * 0.15 + 0.14);
      tone.connect(gain).connect(audio.destination);
      tone.start(now + i * 0.15);
      tone.stop(now + i * 0.15 + 0.15);
    }
    setTimeout(() => void audio.close(), 600);
  } catch {
    // No audio here: the page still shows the proposal.
  }
}

/** Asks once, from a click (browsers only allow it then). */
export function askNotificationPermission() {
  if (typeof Notification !== "undefined" && Notification.permission === "default")
    void Notification.requestPermission().catch(() => undefined);
}

/** A browser notification when permitted and the tab is not in front. */
export function notify(title: string, body: string) {
  if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
  if (document.visibilityState === "visible") return;
  try {
    const notification = new Notification(title, { body, tag: "peerprep-match" });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker.
  }
}
