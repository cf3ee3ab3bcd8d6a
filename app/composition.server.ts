import { type ClerkConfig, clerkConfigOf } from "~/adapters/clerk/clerk-config.server";
import { clerkIdentity } from "~/adapters/clerk/clerk-identity.server";
import { syncClerkUser } from "~/adapters/clerk/clerk-user-sync.server";
import { createInngestClient, type InngestClient } from "~/adapters/inngest/inngest-client.server";
import { inngestJobs } from "~/adapters/inngest/inngest-jobs.server";
import { createRedisConnection, type RedisConnection } from "~/adapters/redis/redis-client.server";
import { redisMatchQueue } from "~/adapters/redis/redis-match-queue.server";
import { smtpMailer } from "~/adapters/smtp/smtp-mailer.server";
import { type StreamMedia, streamMediaOf } from "~/adapters/stream/stream-media.server";
import { mirrorOnStream, upsertStreamUser } from "~/adapters/stream/stream-users.server";
import { builtinIdentity } from "~/modules/accounts/builtin-identity.server";
import type { IdentityProvider } from "~/modules/accounts/identity.server";
import { announceSessionChanges } from "~/modules/chat/chat-announcements.server";
import type { MatchQueue } from "~/modules/matching/match-queue.server";
import { memoryMatchQueue } from "~/modules/matching/memory-match-queue.server";
import { notifyOnDomainEvents } from "~/modules/notifications/notification-listeners.server";
import { celebrateBothSolved } from "~/modules/progress/both-solved.server";
import {
  deliverRemindersOn,
  inAppReminderChannel,
  mailReminderChannel,
} from "~/modules/scheduling/reminder-channels.server";
import { forgetLobbyOnChange } from "~/modules/sessions/lobby-list.server";
import { closeProposalsOnLeave } from "~/modules/sessions/room-problem-listeners.server";
import { type Adapters, adaptersOf, appUrl, type Env, getEnv, sqlitePath } from "~/platform/env.server";
import { DomainEvents } from "~/platform/events/domain-events.server";
import { inProcessJobs, type JobDispatcher, type JobHandlers } from "~/platform/jobs.server";
import { getLogger } from "~/platform/logger.server";
import type { Mailer } from "~/platform/mail/mailer.server";
import { outboxMailer } from "~/platform/mail/outbox.server";
import { MongoStore } from "~/storage/mongo/mongo-store.server";
import { SqliteStore } from "~/storage/sqlite/sqlite-store.server";
import type { Store } from "~/storage/store.server";

/**
 * The composition root: the validated env becomes the adapters here, once, and nowhere
 * else. Everything else asks for what it needs (`getStore()`, `getServices().identity`…)
 * and never which implementation runs. Pieces are built on first use, so a test that
 * needs only the store never opens Redis or Stream.
 */
export interface Services {
  readonly env: Env;
  readonly adapters: Adapters;
  /** The one outlet of state changes; listeners are wired below and by the realtime server. */
  readonly events: DomainEvents;
  readonly store: Store;
  readonly identity: IdentityProvider;
  /** Clerk's keys when Clerk is the identity provider (webhooks, its Backend API). */
  readonly clerk: ClerkConfig | null;
  /** Stream Video + Chat when configured; null with the built-in call and chat. */
  readonly media: StreamMedia | null;
  readonly jobs: JobDispatcher;
  /** Inngest's client when configured (its endpoint serves the job functions). */
  readonly inngest: InngestClient | null;
  /** Shared rooms and rate limits across instances (REDIS_URL); null on one instance. */
  readonly redis: RedisConnection | null;
  /** The one mailer: SMTP (SMTP_URL) or the local outbox at /dev/outbox. */
  readonly mail: Mailer;
  /** Quick match's queue: in-process, or shared in Redis with REDIS_URL (ADR 050). */
  readonly matchQueue: MatchQueue;
}

function openMailer(env: Env): Mailer {
  if (env.SMTP_URL && env.MAIL_FROM) return smtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM });
  return outboxMailer({
    dataDir: env.DATA_DIR,
    // The link only: never the address, the body or a token.
    onWritten: (entry) =>
      getLogger().info({ outbox: `${appUrl(env)}/dev/outbox#${entry.id}` }, "mail written to the local outbox"),
  });
}

function openStore(env: Env): Store {
  return env.MONGODB_URI
    ? MongoStore.open(env.MONGODB_URI)
    : SqliteStore.open(sqlitePath(env.DATABASE_URL), {
        backgroundCheckpoints: true,
        onCheckpointFailure: (err) =>
          getLogger().warn({ err }, "background checkpoints stopped; SQLite checkpoints in commits again"),
      });
}

/** Builds the services for one env. Exported for tests that need a second, differently configured set. */
export function composeServices(env: Env): Services & { closeStore(): Promise<void>; close(): Promise<void> } {
  const adapters = adaptersOf(env);
  const events = new DomainEvents();
  const clerk = clerkConfigOf(env);

  let store: Store | undefined;
  let media: StreamMedia | null | undefined;
  let inngest: InngestClient | null | undefined;
  let jobs: JobDispatcher | undefined;
  let redis: RedisConnection | null | undefined;
  let mail: Mailer | undefined;
  let matchQueue: MatchQueue | undefined;
  const identity = clerk ? clerkIdentity(clerk) : builtinIdentity;

  const services = {
    env,
    adapters,
    events,
    identity,
    clerk,
    get store(): Store {
      return (store ??= openStore(env));
    },
    get media(): StreamMedia | null {
      if (media === undefined) media = streamMediaOf(env);
      return media;
    },
    get inngest(): InngestClient | null {
      if (inngest === undefined) inngest = adapters.jobs === "inngest" ? createInngestClient(env) : null;
      return inngest;
    },
    get jobs(): JobDispatcher {
      if (!jobs) jobs = services.inngest ? inngestJobs(services.inngest) : inProcessJobs(jobHandlersOf(services));
      return jobs;
    },
    get redis(): RedisConnection | null {
      if (redis === undefined) redis = env.REDIS_URL ? createRedisConnection(env.REDIS_URL) : null;
      return redis;
    },
    get mail(): Mailer {
      return (mail ??= openMailer(env));
    },
    get matchQueue(): MatchQueue {
      const shared = services.redis;
      matchQueue ??= shared ? redisMatchQueue(shared.client) : memoryMatchQueue();
      return matchQueue;
    },
    async closeStore() {
      const open = store;
      store = undefined;
      await open?.close();
    },
    async close() {
      await services.closeStore();
      await redis?.close();
      redis = undefined;
      await mail?.close?.();
      mail = undefined;
    },
  };

  // Listeners, in the order they hear each event: mirrors first (a guest's room finds its
  // Stream call ready), then the lobby and the chat; the realtime server adds itself last.
  if (adapters.media === "stream") mirrorOnStream(events, services);
  forgetLobbyOnChange(events);
  announceSessionChanges(events);
  notifyOnDomainEvents(events);
  // Reminders go out in the app, and by mail when SMTP is configured (the outbox is for
  // account mail a newcomer asks for, not for every reminder).
  const reminderMail = env.SMTP_URL
    ? [
        mailReminderChannel(
          services.mail,
          async (userId) => (await services.store.users.findById(userId))?.email ?? null,
          appUrl(env),
        ),
      ]
    : [];
  deliverRemindersOn(
    events,
    [inAppReminderChannel, ...reminderMail],
    async (id) => (await services.store.scheduled.findById(id))?.sequence ?? 0,
  );
  celebrateBothSolved(events);
  closeProposalsOnLeave(events);

  return services;
}

let current: ReturnType<typeof composeServices> | undefined;

/** This process's services, composed on first use from the validated env. */
export function getServices(): Services {
  current ??= composeServices(getEnv());
  return current;
}

export const getStore = (): Store => getServices().store;

/** Closes the store only; the next `getStore()` opens it again (tests that restart storage). */
export async function closeStore(): Promise<void> {
  await current?.closeStore();
}

/** The job functions: the in-process dispatcher runs them, Inngest's functions call them. */
export function jobHandlersOf(services: Services): JobHandlers {
  return {
    "upsert-stream-user": (user) => upsertStreamUser(services.media, user),
    "sync-clerk-user": (event) => syncClerkUser(event),
  };
}

/** Closes the store and Redis (graceful shutdown, end of tests). */
export async function closeServices(): Promise<void> {
  const closing = current;
  current = undefined;
  await closing?.close();
}
