import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import type { Mailer, MailMessage } from "./mailer.server";

/**
 * The embedded mailer: each message is one JSON file under `<DATA_DIR>/outbox`, shown at
 * /dev/outbox to requests from this machine. A newcomer can reset a password with no mail
 * server anywhere.
 */
export const OutboxEntrySchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.string(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const outboxDir = (dataDir: string) => path.resolve(dataDir, "outbox");

export function outboxMailer(options: { dataDir: string; onWritten: (entry: OutboxEntry) => void }): Mailer {
  const dir = outboxDir(options.dataDir);
  return {
    kind: "outbox",
    async send(message: MailMessage) {
      const sentAt = new Date();
      // Sortable by time; the random part keeps two messages of one millisecond apart.
      const id = `${sentAt.getTime().toString().padStart(15, "0")}-${crypto.randomBytes(4).toString("hex")}`;
      const entry: OutboxEntry = { id, ...message, sentAt: sentAt.toISOString() };
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(entry), { mode: 0o600 });
      options.onWritten(entry);
    },
  };
}

/** The newest messages first. Files that are not outbox entries are skipped. */
export async function readOutbox(dataDir: string, limit = 50): Promise<OutboxEntry[]> {
  const dir = outboxDir(dataDir);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const newest = names
    .filter((n) => n.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  const entries = await Promise.all(
    newest.map(async (name) => {
      try {
        return OutboxEntrySchema.parse(JSON.parse(await fs.readFile(path.join(dir, name), "utf8")));
      } catch {
        return null;
      }
    }),
  );
  return entries.filter((e): e is OutboxEntry => e !== null);
}
