/**
 * The mail seam: one `send` for every feature (account recovery now, reminders later).
 * The composition root picks SMTP (`SMTP_URL`) or the local outbox (the embedded default).
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  readonly kind: "smtp" | "outbox";
  send(message: MailMessage): Promise<void>;
  close?(): Promise<void>;
}
