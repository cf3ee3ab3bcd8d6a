import nodemailer from "nodemailer";

import type { Mailer, MailMessage } from "~/platform/mail/mailer.server";

/** Mail over SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.org:465) from MAIL_FROM. */
export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    kind: "smtp",
    async send(message: MailMessage) {
      await transport.sendMail({ from: options.from, ...message });
    },
    async close() {
      transport.close();
    },
  };
}
