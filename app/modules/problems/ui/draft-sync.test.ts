import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { isOffline, reportNetworkSuccess } from "~/platform/http/network-status";

import { type DraftSaveState, DraftSync, localDraftKey } from "./draft-sync";

/** localStorage as the browser has it, in memory. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const scope = { owner: "ann", problemSlug: "two-sum", sessionId: null };
const key = localDraftKey(scope, "javascript");

let storage: MemoryStorage;
let states: DraftSaveState[];
let online: boolean;
let received: URLSearchParams[];

const fakeFetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
  if (!online) throw new TypeError("Failed to fetch");
  received.push(new URLSearchParams(init?.body as URLSearchParams));
  return Response.json({ ok: true });
});

function newSync() {
  return new DraftSync(scope, {
    storage,
    fetch: fakeFetch as unknown as typeof fetch,
    onState: (s) => states.push(s),
    delayMs: 800,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  states = [];
  online = true;
  received = [];
  fakeFetch.mockClear();
  reportNetworkSuccess();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("durable drafts", () => {
  it("writes every edit to the device at once, and forgets it only once the server has it", async () => {
    const sync = newSync();
    sync.change("javascript", "a");
    expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ code: "a" });
    expect(fakeFetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(800);
    expect(received.map((b) => b.get("code"))).toEqual(["a"]);
    expect(storage.getItem(key)).toBeNull();
    expect(states.at(-1)).toBe("saved");
  });

  it("keeps the edit while offline, retries with backoff, and saves when back", async () => {
    const sync = newSync();
    online = false;
    sync.change("javascript", "offline code");
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe("offline");
    expect(isOffline()).toBe(true);
    expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ code: "offline code" });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(fakeFetch.mock.calls.length).toBeGreaterThanOrEqual(2);
    online = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(received.map((b) => b.get("code"))).toEqual(["offline code"]);
    expect(storage.getItem(key)).toBeNull();
    expect(states.at(-1)).toBe("saved");
    expect(isOffline()).toBe(false);
  });

  it("gives a reloaded page the edits the server may not have", async () => {
    // The page went away 100 ms after the last keystroke: nothing was sent yet.
    newSync().change("javascript", "last keystroke");
    const next = newSync();
    expect(next.restore(["javascript", "python"])).toEqual({ javascript: "last keystroke" });
    await vi.advanceTimersByTimeAsync(0);
    expect(received.map((b) => b.get("code"))).toEqual(["last keystroke"]);
    expect(storage.getItem(key)).toBeNull();
  });

  it("hands unsaved code to the browser with keepalive when the page is hidden", async () => {
    const sync = newSync();
    sync.change("javascript", "typed just before the reload");
    sync.sendBeforeUnload();
    expect(fakeFetch).toHaveBeenCalledTimes(1);
    expect(fakeFetch.mock.calls[0]![1]).toMatchObject({ keepalive: true, method: "POST" });
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.getItem(key)).toBeNull();
  });

  it("does not drop a newer edit when an older save is confirmed", async () => {
    let release: (() => void) | undefined;
    fakeFetch.mockImplementationOnce(async (_u, init) => {
      await new Promise<void>((r) => (release = r));
      received.push(new URLSearchParams(init?.body as URLSearchParams));
      return Response.json({ ok: true });
    });
    const sync = newSync();
    sync.change("javascript", "v1");
    await vi.advanceTimersByTimeAsync(800);
    sync.change("javascript", "v2");
    release!();
    await vi.advanceTimersByTimeAsync(800);
    expect(received.map((b) => b.get("code"))).toEqual(["v1", "v2"]);
    expect(storage.getItem(key)).toBeNull();
  });

  it("sends a reset as such, and keeps solo and session drafts under different keys", async () => {
    const sync = newSync();
    sync.change("javascript", null);
    await vi.advanceTimersByTimeAsync(0);
    expect(received[0]?.get("intent")).toBe("reset");
    expect(localDraftKey({ ...scope, sessionId: "abc" }, "javascript")).not.toBe(key);
  });
});
