import type { Language } from "~/modules/problems/problem-constants";
import { backoffDelay, reportNetworkFailure, reportNetworkSuccess } from "~/platform/http/network-status";

/**
 * Durable drafts. Every edit is written to localStorage at once and stays there until the
 * server has confirmed it holds that very version; saves to the server are debounced,
 * retried with backoff while the network is down, and sent with `keepalive` when the page
 * is hidden or unloaded. A reload (or a crash) therefore never loses an edit.
 */

/** Whose drafts, of which problem, and where: solo practice or one session. */
export interface DraftScope {
  owner: string;
  problemSlug: string;
  sessionId: string | null;
}

/** What the editor shows about saving. */
export type DraftSaveState = "idle" | "saving" | "saved" | "offline" | "error";

interface LocalDraft {
  /** null: a reset to the starter code that the server has not heard of yet. */
  code: string | null;
  rev: number;
}

export const DRAFTS_ENDPOINT = "/api/drafts";
const AUTOSAVE_DELAY_MS = 800;

export function localDraftKey(scope: DraftScope, language: Language): string {
  return `peerprep:draft:${scope.owner}:${scope.sessionId ?? "solo"}:${scope.problemSlug}:${language}`;
}

function readLocal(storage: Storage, key: string): LocalDraft | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof parsed.rev !== "number" || (parsed.code !== null && typeof parsed.code !== "string")) return null;
    return { code: parsed.code ?? null, rev: parsed.rev };
  } catch {
    return null;
  }
}

function writeLocal(storage: Storage, key: string, draft: LocalDraft) {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs; only the offline copy is missing.
  }
}

function bodyOf(scope: DraftScope, language: Language, code: string | null): URLSearchParams {
  const body = new URLSearchParams({
    intent: code === null ? "reset" : "save",
    problemSlug: scope.problemSlug,
    language,
  });
  if (scope.sessionId) body.set("sessionId", scope.sessionId);
  if (code !== null) body.set("code", code);
  return body;
}

export interface DraftSyncOptions {
  storage: Storage;
  fetch: typeof fetch;
  onState: (state: DraftSaveState, message?: string) => void;
  /** Overridable for tests. */
  delayMs?: number;
}

export class DraftSync {
  private pending = new Map<Language, LocalDraft>();
  private inFlight = new Set<Language>();
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private rev = Date.now();

  constructor(
    private readonly scope: DraftScope,
    private readonly options: DraftSyncOptions,
  ) {}

  /** Edits kept on this device that the server may not have: they win over the server's copy. */
  restore(languages: readonly Language[]): Partial<Record<Language, string | null>> {
    const out: Partial<Record<Language, string | null>> = {};
    for (const language of languages) {
      const local = readLocal(this.options.storage, localDraftKey(this.scope, language));
      if (!local) continue;
      out[language] = local.code;
      this.pending.set(language, local);
      this.rev = Math.max(this.rev, local.rev);
    }
    if (this.pending.size) this.schedule(0);
    return out;
  }

  /** The code changed (null: reset to the starter code). */
  change(language: Language, code: string | null) {
    const draft = { code, rev: ++this.rev };
    writeLocal(this.options.storage, localDraftKey(this.scope, language), draft);
    this.pending.set(language, draft);
    this.schedule(code === null ? 0 : (this.options.delayMs ?? AUTOSAVE_DELAY_MS));
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  private schedule(delay: number) {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), delay);
  }

  /** Sends every unsaved draft now (the network came back, or the debounce ran out). */
  async flush(): Promise<void> {
    clearTimeout(this.retry);
    const sends = [...this.pending].filter(([language]) => !this.inFlight.has(language));
    if (sends.length === 0) return;
    this.options.onState("saving");
    let failedForNetwork = false;
    await Promise.all(
      sends.map(async ([language, draft]) => {
        this.inFlight.add(language);
        try {
          const response = await this.options.fetch(DRAFTS_ENDPOINT, {
            method: "POST",
            body: bodyOf(this.scope, language, draft.code),
            headers: { Accept: "application/json" },
            credentials: "same-origin",
          });
          if (response.ok) {
            this.confirmed(language, draft.rev);
            return;
          }
          if (response.status >= 500 || response.status === 401 || response.status === 429) {
            // The server (or the sign-in) will be back: keep the local copy and try again.
            failedForNetwork = true;
            return;
          }
          // The server refused this draft for good (the session ended, the code is too long).
          const message = await response
            .json()
            .then((j: { error?: string }) => j.error)
            .catch(() => undefined);
          this.confirmed(language, draft.rev);
          this.options.onState("error", message ?? "This draft could not be saved");
        } catch {
          // fetch only rejects when no answer came back: the network, not the server.
          failedForNetwork = true;
        } finally {
          this.inFlight.delete(language);
        }
      }),
    );
    if (failedForNetwork) {
      reportNetworkFailure();
      this.options.onState("offline");
      this.retry = setTimeout(() => void this.flush(), backoffDelay(this.attempt++));
      return;
    }
    this.attempt = 0;
    reportNetworkSuccess();
    if (this.pending.size) this.schedule(0);
    else this.options.onState("saved");
  }

  private confirmed(language: Language, rev: number) {
    const current = this.pending.get(language);
    if (current && current.rev === rev) {
      this.pending.delete(language);
      const key = localDraftKey(this.scope, language);
      if (readLocal(this.options.storage, key)?.rev === rev) this.options.storage.removeItem(key);
    }
  }

  /**
   * The page is going away: hand what is unsaved to the browser, which finishes the request
   * after the page is gone. The local copy stays until a later page sees the server has it.
   */
  sendBeforeUnload() {
    clearTimeout(this.debounce);
    for (const [language, draft] of this.pending) {
      void this.options
        .fetch(DRAFTS_ENDPOINT, {
          method: "POST",
          body: bodyOf(this.scope, language, draft.code),
          keepalive: true,
          credentials: "same-origin",
        })
        .then((response) => {
          if (response.ok) this.confirmed(language, draft.rev);
        })
        .catch(() => undefined);
    }
  }

  dispose() {
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
  }
}
