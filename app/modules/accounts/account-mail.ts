import { escapeHtml } from "~/platform/escape-html";
import type { MailMessage } from "~/platform/mail/mailer.server";

/**
 * The account messages: plain text first, and simple HTML with the same words (no images,
 * no tracking pixels, no link redirectors). Links are the only thing to click.
 */
function message(to: string, subject: string, lines: { greeting: string; body: string; link: string; after: string }) {
  const text = `${lines.greeting}\n\n${lines.body}\n\n${lines.link}\n\n${lines.after}\n\n— PeerPrep\n`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 36rem; margin: 1rem auto; padding: 0 1rem;">
<p>${escapeHtml(lines.greeting)}</p>
<p>${escapeHtml(lines.body)}</p>
<p><a href="${escapeHtml(lines.link)}">${escapeHtml(lines.link)}</a></p>
<p>${escapeHtml(lines.after)}</p>
<p>— PeerPrep</p>
</body></html>`;
  return { to, subject, text, html } satisfies MailMessage;
}

export function passwordResetMail(input: { to: string; username: string; link: string; minutes: number }): MailMessage {
  return message(input.to, "Reset your PeerPrep password", {
    greeting: `Hello ${input.username},`,
    body: `Someone (hopefully you) asked to reset the password of your PeerPrep account. Open this link within ${input.minutes} minutes to choose a new one. It works once.`,
    link: input.link,
    after:
      "If you did not ask for this, ignore this message: your password stays as it is. Resetting it signs out every device.",
  });
}

export function verifyEmailMail(input: { to: string; username: string; link: string; hours: number }): MailMessage {
  return message(input.to, "Confirm your email for PeerPrep", {
    greeting: `Hello ${input.username},`,
    body: `Open this link within ${input.hours} hours to confirm that this address belongs to your PeerPrep account.`,
    link: input.link,
    after: "If you did not ask for this, ignore this message.",
  });
}
