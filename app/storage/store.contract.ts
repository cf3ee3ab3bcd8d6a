import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { pairStreakStoreContract } from "./pair-streak-store.contract";
import { progressStoreContract } from "./progress-store.contract";
import { roomProblemContract } from "./room-problem.contract";
import { runSchedulingContract } from "./scheduling.contract";
import { AlreadySeatedError, type Store, UniqueConstraintError } from "./store.server";

/**
 * Behaviour every Store implementation must have. Each implementation's test file
 * calls this with a factory that yields a fresh, empty store.
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const newUser = (n: string) => ({
      username: `user_${n}`,
      email: `user_${n}@example.test`,
      passwordHash: `hash-${n}`,
    });

    describe("users", () => {
      it("creates a user and finds it by id, username and email", async () => {
        const created = await store.users.create(newUser("a"));
        expect(created).toMatchObject({ username: "user_a", email: "user_a@example.test" });
        expect(created.createdAt).toBeInstanceOf(Date);
        expect(created).not.toHaveProperty("passwordHash");

        expect(await store.users.findById(created.id)).toEqual(created);
        const byName = await store.users.findCredentialsByLogin("user_a");
        expect(byName).toMatchObject({ id: created.id, passwordHash: "hash-a" });
        const byEmail = await store.users.findCredentialsByLogin("USER_A@example.test");
        expect(byEmail?.id).toBe(created.id);
      });

      it("matches usernames case-insensitively", async () => {
        const created = await store.users.create(newUser("b"));
        expect((await store.users.findCredentialsByLogin("USER_B"))?.id).toBe(created.id);
      });

      it("rejects a duplicate username, whatever its case, naming the field", async () => {
        await store.users.create(newUser("c"));
        const attempt = store.users.create({ ...newUser("c"), username: "USER_C", email: "other@example.test" });
        await expect(attempt).rejects.toBeInstanceOf(UniqueConstraintError);
        await expect(attempt).rejects.toMatchObject({ field: "username" });
      });

      it("rejects a duplicate email, naming the field", async () => {
        await store.users.create(newUser("d"));
        const attempt = store.users.create({ ...newUser("d"), username: "someone_else" });
        await expect(attempt).rejects.toMatchObject({ field: "email" });
      });

      it("returns null for unknown users", async () => {
        expect(await store.users.findById("nope")).toBeNull();
        expect(await store.users.findCredentialsByLogin("nobody")).toBeNull();
      });

      it("updates the password hash", async () => {
        const user = await store.users.create(newUser("e"));
        await store.users.updatePasswordHash(user.id, "new-hash");
        expect((await store.users.findCredentialsById(user.id))?.passwordHash).toBe("new-hash");
      });
    });

    describe("mirrored external users", () => {
      const clerk = (n: string) => ({
        provider: "clerk" as const,
        externalId: `user_ext_${n}`,
        username: `ext_${n}`,
        email: `ext_${n}@example.test`,
      });

      it("creates once and updates on the next upsert", async () => {
        const first = await store.users.upsertExternal(clerk("a"));
        const again = await store.users.upsertExternal({ ...clerk("a"), username: "ext_a2", email: "a2@example.test" });
        expect(again.id).toBe(first.id);
        expect(again).toMatchObject({ username: "ext_a2", email: "a2@example.test" });
        expect(await store.users.findByExternalId("clerk", "user_ext_a")).toEqual(again);
        expect(await store.users.findById(first.id)).toEqual(again);
      });

      it("can never sign in with the built-in form", async () => {
        await store.users.upsertExternal(clerk("b"));
        expect(await store.users.findCredentialsByLogin("ext_b")).toBeNull();
        expect(await store.users.findCredentialsByLogin("ext_b@example.test")).toBeNull();
      });

      it("refuses a username or email another user holds", async () => {
        await store.users.create(newUser("taken"));
        await expect(store.users.upsertExternal({ ...clerk("c"), username: "USER_TAKEN" })).rejects.toMatchObject({
          field: "username",
        });
        await expect(
          store.users.upsertExternal({ ...clerk("c"), email: "user_taken@example.test" }),
        ).rejects.toMatchObject({
          field: "email",
        });
        expect(await store.users.findByExternalId("clerk", "user_ext_c")).toBeNull();
      });

      it("anonymises a removed user, ends their logins and frees the name", async () => {
        const user = await store.users.upsertExternal(clerk("d"));
        const expires = new Date(Date.now() + 60_000);
        await store.loginSessions.create({ id: "ext-login-d", userId: user.id, expiresAt: expires, userAgent: null });
        expect(await store.users.removeExternal("clerk", "user_ext_d")).toBe(true);
        expect(await store.users.removeExternal("clerk", "user_ext_d")).toBe(false);
        expect(await store.users.findByExternalId("clerk", "user_ext_d")).toBeNull();
        expect(await store.loginSessions.findActive("ext-login-d", new Date())).toBeNull();
        const kept = await store.users.findById(user.id);
        expect(kept?.username).toMatch(/^deleted-/);
        expect(kept?.email).not.toContain("ext_d");
        const reborn = await store.users.upsertExternal({
          ...clerk("d2"),
          username: "ext_d",
          email: "ext_d@example.test",
        });
        expect(reborn.id).not.toBe(user.id);
      });
    });

    describe("login sessions", () => {
      const inOneHour = () => new Date(Date.now() + 3_600_000);

      it("finds an active session with its user, not an expired one", async () => {
        const user = await store.users.create(newUser("f"));
        await store.loginSessions.create({ id: "s1", userId: user.id, expiresAt: inOneHour(), userAgent: "test" });
        await store.loginSessions.create({
          id: "s2",
          userId: user.id,
          expiresAt: new Date(Date.now() - 1000),
          userAgent: null,
        });

        const found = await store.loginSessions.findActive("s1", new Date());
        expect(found?.user).toEqual(user);
        expect(found?.session).toMatchObject({ id: "s1", userId: user.id, userAgent: "test" });
        expect(await store.loginSessions.findActive("s2", new Date())).toBeNull();
        expect(await store.loginSessions.countActiveForUser(user.id, new Date())).toBe(1);
        expect(await store.loginSessions.deleteExpired(new Date())).toBe(1);
      });

      it("deletes one session, or all of a user's but one", async () => {
        const user = await store.users.create(newUser("g"));
        const other = await store.users.create(newUser("h"));
        for (const id of ["a", "b", "c"]) {
          await store.loginSessions.create({ id, userId: user.id, expiresAt: inOneHour(), userAgent: null });
        }
        await store.loginSessions.create({ id: "o", userId: other.id, expiresAt: inOneHour(), userAgent: null });

        await store.loginSessions.delete("a");
        expect(await store.loginSessions.findActive("a", new Date())).toBeNull();
        expect(await store.loginSessions.deleteAllForUser(user.id, "b")).toBe(1);
        expect(await store.loginSessions.findActive("b", new Date())).not.toBeNull();
        expect(await store.loginSessions.findActive("c", new Date())).toBeNull();
        expect(await store.loginSessions.findActive("o", new Date())).not.toBeNull();
      });
    });

    describe("submissions", () => {
      const submission = (userId: string, problemSlug: string, verdict: string) => ({
        userId,
        problemSlug,
        language: "python" as const,
        code: "print(1)",
        verdict,
        passed: verdict === "Accepted" ? 12 : 3,
        total: 12,
        timeMs: 4.5,
      });

      it("stores submissions and lists a user's for one problem, newest first", async () => {
        const user = await store.users.create(newUser("s1"));
        const other = await store.users.create(newUser("s2"));
        const first = await store.submissions.create(submission(user.id, "two-sum", "Wrong Answer"));
        const second = await store.submissions.create(submission(user.id, "two-sum", "Accepted"));
        await store.submissions.create(submission(user.id, "lru-cache", "Accepted"));
        await store.submissions.create(submission(other.id, "two-sum", "Accepted"));

        const list = await store.submissions.listForProblem(user.id, "two-sum", 10);
        expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
        expect(list[0]).toMatchObject({
          verdict: "Accepted",
          passed: 12,
          total: 12,
          language: "python",
          code: "print(1)",
          timeMs: 4.5,
        });
        expect(await store.submissions.listForProblem(user.id, "two-sum", 1)).toHaveLength(1);
      });

      it("finds a submission by its id", async () => {
        const user = await store.users.create(newUser("s4"));
        const stored = await store.submissions.create(submission(user.id, "two-sum", "Accepted"));
        expect(await store.submissions.findById(stored.id)).toMatchObject({
          id: stored.id,
          userId: user.id,
          verdict: "Accepted",
        });
        expect(await store.submissions.findById("no-such-submission")).toBeNull();
      });

      it("reports solved and attempted problems per user", async () => {
        const user = await store.users.create(newUser("s3"));
        await store.submissions.create(submission(user.id, "a", "Wrong Answer"));
        await store.submissions.create(submission(user.id, "a", "Accepted"));
        await store.submissions.create(submission(user.id, "a", "Runtime Error"));
        await store.submissions.create(submission(user.id, "b", "Time Limit Exceeded"));
        const statuses = await store.submissions.statusesForUser(user.id);
        expect(Object.fromEntries(statuses)).toEqual({ a: "solved", b: "attempted" });
      });

      it("lists both participants' submissions of one session, oldest first; solo ones have no session", async () => {
        const host = await store.users.create(newUser("s4"));
        const guest = await store.users.create(newUser("s5"));
        await store.sessions.create({
          id: "subsess-1",
          hostId: host.id,
          problemSlug: "two-sum",
          visibility: "public",
          passwordHash: null,
        });
        const solo = await store.submissions.create(submission(host.id, "two-sum", "Accepted"));
        const first = await store.submissions.create({
          ...submission(host.id, "two-sum", "Wrong Answer"),
          sessionId: "subsess-1",
        });
        const second = await store.submissions.create({
          ...submission(guest.id, "two-sum", "Accepted"),
          sessionId: "subsess-1",
        });
        expect(solo.sessionId).toBeNull();
        const list = await store.submissions.listForSession("subsess-1", 10);
        expect(list.map((s) => [s.id, s.userId, s.sessionId])).toEqual([
          [first.id, host.id, "subsess-1"],
          [second.id, guest.id, "subsess-1"],
        ]);
        expect(await store.submissions.listForSession("nope", 10)).toEqual([]);
      });
    });

    describe("drafts", () => {
      it("keeps one draft per user, problem and language, replacing on save", async () => {
        const user = await store.users.create(newUser("d1"));
        const other = await store.users.create(newUser("d2"));
        await store.drafts.save(user.id, "two-sum", "javascript", "v1");
        await store.drafts.save(user.id, "two-sum", "javascript", "v2");
        await store.drafts.save(user.id, "two-sum", "python", "py");
        await store.drafts.save(other.id, "two-sum", "javascript", "theirs");
        expect(await store.drafts.get(user.id, "two-sum")).toEqual({ javascript: "v2", python: "py" });
        await store.drafts.delete(user.id, "two-sum", "python");
        expect(await store.drafts.get(user.id, "two-sum")).toEqual({ javascript: "v2" });
        expect(await store.drafts.get(user.id, "other")).toEqual({});
      });

      it("keeps a session's drafts apart from solo drafts and from other sessions", async () => {
        const user = await store.users.create(newUser("d3"));
        const partner = await store.users.create(newUser("d4"));
        // One open session per user: the second room has another host, the user is its guest.
        const otherHost = await store.users.create(newUser("d5"));
        for (const [id, hostId] of [
          ["dsess-1", user.id],
          ["dsess-2", otherHost.id],
        ] as const)
          await store.sessions.create({
            id,
            hostId,
            problemSlug: "two-sum",
            visibility: "public",
            passwordHash: null,
          });
        await store.drafts.save(user.id, "two-sum", "javascript", "solo");
        await store.drafts.saveForSession("dsess-1", user.id, "two-sum", "javascript", "room v1");
        await store.drafts.saveForSession("dsess-1", user.id, "two-sum", "javascript", "room v2");
        await store.drafts.saveForSession("dsess-1", partner.id, "two-sum", "javascript", "partner's");
        // The same session, another of its problems: its own draft.
        await store.drafts.saveForSession("dsess-1", user.id, "climbing-stairs", "javascript", "stairs");
        expect(await store.drafts.get(user.id, "two-sum")).toEqual({ javascript: "solo" });
        expect(await store.drafts.getForSession("dsess-1", user.id, "two-sum")).toEqual({ javascript: "room v2" });
        expect(await store.drafts.getForSession("dsess-1", user.id, "climbing-stairs")).toEqual({
          javascript: "stairs",
        });
        expect(await store.drafts.getForSession("dsess-1", user.id, "valid-parentheses")).toEqual({});
        expect(await store.drafts.getForSession("dsess-1", partner.id, "two-sum")).toEqual({ javascript: "partner's" });
        expect(await store.drafts.getForSession("dsess-2", user.id, "two-sum")).toEqual({});
        await store.drafts.deleteForSession("dsess-1", user.id, "two-sum", "javascript");
        expect(await store.drafts.getForSession("dsess-1", user.id, "two-sum")).toEqual({});
        expect(await store.drafts.getForSession("dsess-1", user.id, "climbing-stairs")).toEqual({
          javascript: "stairs",
        });
        expect(await store.drafts.get(user.id, "two-sum")).toEqual({ javascript: "solo" });
      });
    });

    describe("practice sessions", () => {
      let counter = 0;
      const users = async (count: number) => {
        const out = [];
        for (let i = 0; i < count; i++) out.push(await store.users.create(newUser(`ps${++counter}`)));
        return out;
      };
      const open = (hostId: string, visibility: "public" | "private" = "public") =>
        store.sessions.create({
          id: `sess-${++counter}`,
          hostId,
          problemSlug: "two-sum",
          visibility,
          passwordHash: visibility === "private" ? "hash" : null,
        });

      it("creates a waiting session with the host as its first member", async () => {
        const [host] = await users(1);
        const session = await open(host!.id);
        expect(session).toMatchObject({ hostId: host!.id, guestId: null, status: "waiting", visibility: "public" });
        expect(await store.sessions.findById(session.id)).toEqual(session);
        expect((await store.sessions.members(session.id)).map((m) => m.username)).toEqual([host!.username]);
      });

      it("lets exactly one guest take the seat; the host cannot, and a rejoin changes nothing", async () => {
        const [host, guest, third] = await users(3);
        const session = await open(host!.id);
        expect(await store.sessions.claimGuestSeat(session.id, host!.id, new Date())).toBe(false);
        expect(await store.sessions.claimGuestSeat(session.id, guest!.id, new Date())).toBe(true);
        expect(await store.sessions.claimGuestSeat(session.id, third!.id, new Date())).toBe(false);
        expect(await store.sessions.claimGuestSeat(session.id, guest!.id, new Date())).toBe(false);
        const after = await store.sessions.findById(session.id);
        expect(after).toMatchObject({ guestId: guest!.id, status: "active" });
        expect(after?.startedAt).toBeInstanceOf(Date);
      });

      it("has exactly one winner among 50 concurrent joins", async () => {
        const [host, ...guests] = await users(51);
        const session = await open(host!.id);
        const results = await Promise.all(
          guests.map((g) => store.sessions.claimGuestSeat(session.id, g.id, new Date())),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = guests[results.indexOf(true)];
        expect((await store.sessions.findById(session.id))?.guestId).toBe(winner!.id);
      });

      it("gives a user one open seat: a second session or seat is refused until the first ends or is left", async () => {
        const [host, guest, other] = await users(3);
        const first = await open(host!.id);
        expect(await store.sessions.findOpenForUser(host!.id)).toMatchObject({ id: first.id });
        const refused = await open(host!.id).then(
          () => null,
          (error: unknown) => error,
        );
        expect(refused).toBeInstanceOf(AlreadySeatedError);
        expect((refused as AlreadySeatedError).sessionId).toBe(first.id);

        // Seated as a guest: no session of their own, and no second seat.
        const elsewhere = await open(other!.id);
        expect(await store.sessions.claimGuestSeat(first.id, guest!.id, new Date())).toBe(true);
        await expect(open(guest!.id)).rejects.toBeInstanceOf(AlreadySeatedError);
        expect(await store.sessions.claimGuestSeat(elsewhere.id, guest!.id, new Date())).toBe(false);
        expect(await store.sessions.claimGuestSeat(elsewhere.id, host!.id, new Date())).toBe(false);

        // Leaving frees the guest; handing over frees the host; ending frees everyone.
        expect(await store.sessions.releaseGuestSeat(first.id, guest!.id, new Date())).toBe(true);
        expect(await store.sessions.claimGuestSeat(elsewhere.id, guest!.id, new Date())).toBe(true);
        expect(await store.sessions.end(first.id, "host-ended", new Date())).toBe(true);
        expect(await store.sessions.findOpenForUser(host!.id)).toBeNull();
        const again = await open(host!.id);
        expect(again.status).toBe("waiting");
      });

      it("lets one of many simultaneous creates and claims by one user win, never two", async () => {
        const [host, ...others] = await users(11);
        const creates = await Promise.allSettled(Array.from({ length: 10 }, () => open(host!.id)));
        expect(creates.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        expect(
          creates.filter((r) => r.status === "rejected").every((r) => r.reason instanceof AlreadySeatedError),
        ).toBe(true);

        const [roamer, ...hosts] = others;
        const sessions = await Promise.all(hosts.map((h) => open(h.id)));
        const claims = await Promise.all(
          sessions.map((s) => store.sessions.claimGuestSeat(s.id, roamer!.id, new Date())),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
        const seatedIn = await Promise.all(sessions.map((s) => store.sessions.findById(s.id)));
        expect(seatedIn.filter((s) => s?.guestId === roamer!.id)).toHaveLength(1);
      });

      it("frees the seat when the guest leaves, and hands the host role over when the host leaves", async () => {
        const [host, guest, next] = await users(3);
        const session = await open(host!.id);
        await store.sessions.claimGuestSeat(session.id, guest!.id, new Date());
        expect(await store.sessions.releaseGuestSeat(session.id, host!.id, new Date())).toBe(false);
        expect(await store.sessions.releaseGuestSeat(session.id, guest!.id, new Date())).toBe(true);
        expect(await store.sessions.findById(session.id)).toMatchObject({ guestId: null, status: "waiting" });

        expect(await store.sessions.claimGuestSeat(session.id, next!.id, new Date())).toBe(true);
        expect(await store.sessions.handOverHost(session.id, guest!.id, new Date())).toBe(false);
        expect(await store.sessions.handOverHost(session.id, host!.id, new Date())).toBe(true);
        expect(await store.sessions.findById(session.id)).toMatchObject({
          hostId: next!.id,
          guestId: null,
          status: "waiting",
        });
        // The former host may come back as the guest.
        expect(await store.sessions.claimGuestSeat(session.id, host!.id, new Date())).toBe(true);
      });

      it("ends once; only the host may end it when a host is named; nobody joins an ended session", async () => {
        const [host, guest, late] = await users(3);
        const session = await open(host!.id);
        await store.sessions.claimGuestSeat(session.id, guest!.id, new Date());
        expect(await store.sessions.end(session.id, "host-ended", new Date(), guest!.id)).toBe(false);
        expect(await store.sessions.end(session.id, "host-ended", new Date(), host!.id)).toBe(true);
        expect(await store.sessions.end(session.id, "host-ended", new Date(), host!.id)).toBe(false);
        const ended = await store.sessions.findById(session.id);
        expect(ended).toMatchObject({ status: "ended", endReason: "host-ended" });
        expect(await store.sessions.releaseGuestSeat(session.id, guest!.id, new Date())).toBe(false);
        const fresh = await open(host!.id);
        await store.sessions.end(fresh.id, "everyone-left", new Date());
        expect(await store.sessions.claimGuestSeat(fresh.id, late!.id, new Date())).toBe(false);
      });

      it("lists open public sessions only, newest first, with the host's name", async () => {
        const [a, b, c, guest, d] = await users(5);
        const first = await open(a!.id);
        const hidden = await open(b!.id, "private");
        const full = await open(c!.id);
        await store.sessions.claimGuestSeat(full.id, guest!.id, new Date());
        const second = await open(d!.id);
        const listed = (await store.sessions.listOpenPublic(100)).map((s) => s.id);
        expect(listed.indexOf(second.id)).toBeLessThan(listed.indexOf(first.id));
        expect(listed).not.toContain(hidden.id);
        expect(listed).not.toContain(full.id);
        const entry = (await store.sessions.listOpenPublic(100)).find((s) => s.id === first.id);
        expect(entry?.hostUsername).toBe(a!.username);
        // Only what the lobby needs: no password hash, no guest; the host's id decides presence
        // on the server (listLobby never sends it to the browser).
        expect(Object.keys(entry ?? {}).sort()).toEqual(["createdAt", "hostId", "hostUsername", "id", "problemSlug"]);
        expect(entry?.hostId).toBe(a!.id);
        expect(entry?.createdAt).toBeInstanceOf(Date);
      });

      it("records many participants' presence in one call", async () => {
        const [h1, g1, h2, g2] = await users(4);
        const first = await open(h1!.id);
        const second = await open(h2!.id);
        await store.sessions.claimGuestSeat(first.id, g1!.id, new Date());
        await store.sessions.claimGuestSeat(second.id, g2!.id, new Date());
        const later = new Date(Date.now() + 120_000);
        await store.sessions.touchPresenceMany(
          [
            { sessionId: first.id, userId: g1!.id },
            { sessionId: second.id, userId: h2!.id },
          ],
          later,
        );
        await store.sessions.touchPresenceMany([], later);
        const seen = async (sessionId: string, userId: string) =>
          (await store.sessions.members(sessionId)).find((m) => m.userId === userId)?.lastSeenAt.getTime();
        expect(await seen(first.id, g1!.id)).toBe(later.getTime());
        expect(await seen(second.id, h2!.id)).toBe(later.getTime());
        expect(await seen(first.id, h1!.id)).toBeLessThan(later.getTime());
        // Both sessions count as lively at `later`: neither is a stale candidate.
        const stale = (await store.sessions.listStale(new Date(later.getTime() - 30_000), new Date(0))).map(
          (s) => s.id,
        );
        expect(stale).not.toContain(first.id);
        expect(stale).not.toContain(second.id);
      });

      it("lists idle sessions and waiting sessions that are too old, with what the rule needs", async () => {
        const [host, other, guest] = await users(3);
        const idle = await open(host!.id);
        const lively = await open(other!.id);
        await store.sessions.claimGuestSeat(lively.id, guest!.id, new Date());
        const later = new Date(Date.now() + 60_000);
        await store.sessions.touchPresence(lively.id, guest!.id, later);
        const stale = await store.sessions.listStale(new Date(later.getTime() - 30_000), new Date(0));
        const idleRow = stale.find((s) => s.id === idle.id);
        expect(idleRow).toMatchObject({ status: "waiting" });
        expect(idleRow?.createdAt).toBeInstanceOf(Date);
        expect(idleRow?.lastPresenceAt.getTime()).toBeLessThan(later.getTime() - 30_000);
        expect(stale.map((s) => s.id)).not.toContain(lively.id);
        // Waiting too long counts only while waiting: the active session is never "expired".
        const waitedTooLong = (await store.sessions.listStale(new Date(0), new Date(later.getTime() + 1))).map(
          (s) => s.id,
        );
        expect(waitedTooLong).toContain(idle.id);
        expect(waitedTooLong).not.toContain(lively.id);
        await store.sessions.end(idle.id, "idle", later);
        expect(
          (await store.sessions.listStale(new Date(later.getTime() + 1), new Date(0))).map((s) => s.id),
        ).not.toContain(idle.id);
      });

      it("stores a timer's end, changes or clears it, and not once the session ended", async () => {
        const [host, otherHost] = await users(2);
        const endsAt = new Date(Date.now() + 30 * 60_000);
        const timed = await store.sessions.create({
          id: `sess-${++counter}`,
          hostId: host!.id,
          problemSlug: "two-sum",
          visibility: "public",
          passwordHash: null,
          timerEndsAt: endsAt,
        });
        expect(timed.timerEndsAt?.getTime()).toBe(endsAt.getTime());
        expect((await store.sessions.findById(timed.id))?.timerEndsAt?.getTime()).toBe(endsAt.getTime());
        const plain = await open(otherHost!.id);
        expect(plain.timerEndsAt).toBeNull();
        const later = new Date(endsAt.getTime() + 60_000);
        expect(await store.sessions.setTimer(plain.id, later)).toBe(true);
        expect((await store.sessions.findById(plain.id))?.timerEndsAt?.getTime()).toBe(later.getTime());
        expect(await store.sessions.setTimer(plain.id, null)).toBe(true);
        expect((await store.sessions.findById(plain.id))?.timerEndsAt).toBeNull();
        await store.sessions.end(plain.id, "host-ended", new Date());
        expect(await store.sessions.setTimer(plain.id, later)).toBe(false);
      });

      it("keeps a history with partners for each member", async () => {
        const [host, guest] = await users(2);
        const session = await open(host!.id);
        await store.sessions.claimGuestSeat(session.id, guest!.id, new Date());
        await store.sessions.end(session.id, "host-ended", new Date(), host!.id);
        const history = await store.sessions.historyForUser(guest!.id, 10);
        expect(history[0]?.session.id).toBe(session.id);
        expect(history[0]?.partners).toEqual([host!.username]);
        const members = await store.sessions.members(session.id);
        expect(members.every((m) => m.leftAt instanceof Date)).toBe(true);
      });
    });

    describe("chat", () => {
      const setup = async (tag: string) => {
        const host = await store.users.create(newUser(`c${tag}`));
        const session = await store.sessions.create({
          id: `chat-${tag}`,
          hostId: host.id,
          problemSlug: "two-sum",
          visibility: "public",
          passwordHash: null,
        });
        return { host, session };
      };

      it("numbers messages 1, 2, 3 per session and lists those after a seq", async () => {
        const { host, session } = await setup("1");
        const other = await setup("2");
        for (const n of [1, 2, 3]) {
          const { message, created } = await store.chat.append({
            sessionId: session.id,
            authorId: host.id,
            clientId: `m${n}`,
            kind: "user",
            body: `hello ${n}`,
          });
          expect(created).toBe(true);
          expect(message).toMatchObject({ seq: n, body: `hello ${n}`, authorName: host.username, kind: "user" });
        }
        await store.chat.append({
          sessionId: other.session.id,
          authorId: other.host.id,
          clientId: "m1",
          kind: "user",
          body: "elsewhere",
        });
        expect((await store.chat.listAfter(session.id, 1, 100)).map((m) => m.seq)).toEqual([2, 3]);
        expect(await store.chat.listAfter(session.id, 3, 100)).toEqual([]);
        expect((await store.chat.listAfter(other.session.id, 0, 100)).map((m) => m.seq)).toEqual([1]);
      });

      it("stores a resent message once (same author and clientId)", async () => {
        const { host, session } = await setup("3");
        const first = await store.chat.append({
          sessionId: session.id,
          authorId: host.id,
          clientId: "same",
          kind: "user",
          body: "once",
        });
        const again = await store.chat.append({
          sessionId: session.id,
          authorId: host.id,
          clientId: "same",
          kind: "user",
          body: "once",
        });
        expect(again.created).toBe(false);
        expect(again.message.id).toBe(first.message.id);
        expect(await store.chat.listAfter(session.id, 0, 100)).toHaveLength(1);
      });

      it("keeps system messages without an author", async () => {
        const { session } = await setup("4");
        const { message } = await store.chat.append({
          sessionId: session.id,
          authorId: null,
          clientId: "sys-1",
          kind: "system",
          body: "joined",
        });
        expect(message).toMatchObject({ authorId: null, authorName: null, kind: "system", seq: 1 });
      });

      it("gives concurrent appends distinct, gap-free seqs", async () => {
        const { host, session } = await setup("5");
        await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            store.chat.append({
              sessionId: session.id,
              authorId: host.id,
              clientId: `c${i}`,
              kind: "user",
              body: String(i),
            }),
          ),
        );
        const seqs = (await store.chat.listAfter(session.id, 0, 100)).map((m) => m.seq);
        expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      });
    });

    progressStoreContract(() => store);
    roomProblemContract(() => store);
    pairStreakStoreContract(() => store);

    it("answers ping", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
    describe("signed-in devices", () => {
      const inOneHour = () => new Date(Date.now() + 3_600_000);

      it("lists a user's active sessions newest first with address and last-seen time", async () => {
        const user = await store.users.create(newUser("dev1"));
        const other = await store.users.create(newUser("dev2"));
        await store.loginSessions.create({
          id: "old",
          userId: user.id,
          expiresAt: inOneHour(),
          userAgent: "A",
          ipAddress: "203.0.113.5",
        });
        await new Promise((resolve) => setTimeout(resolve, 5));
        await store.loginSessions.create({ id: "new", userId: user.id, expiresAt: inOneHour(), userAgent: "B" });
        await store.loginSessions.create({
          id: "gone",
          userId: user.id,
          expiresAt: new Date(Date.now() - 1),
          userAgent: null,
        });
        await store.loginSessions.create({ id: "theirs", userId: other.id, expiresAt: inOneHour(), userAgent: null });

        const listed = await store.loginSessions.listActiveForUser(user.id, new Date());
        expect(listed.map((s) => s.id)).toEqual(["new", "old"]);
        expect(listed[1]).toMatchObject({ ipAddress: "203.0.113.5", userAgent: "A" });
        expect(listed[0]?.ipAddress).toBeNull();

        const seen = new Date(Date.now() + 60_000);
        await store.loginSessions.touch("old", seen);
        const touched = (await store.loginSessions.listActiveForUser(user.id, new Date())).find((s) => s.id === "old");
        expect(touched?.lastSeenAt.getTime()).toBe(seen.getTime());
      });

      it("deletes one session only for its own user", async () => {
        const user = await store.users.create(newUser("dev3"));
        const other = await store.users.create(newUser("dev4"));
        await store.loginSessions.create({ id: "mine", userId: user.id, expiresAt: inOneHour(), userAgent: null });
        expect(await store.loginSessions.deleteForUser(other.id, "mine")).toBe(false);
        expect(await store.loginSessions.findActive("mine", new Date())).not.toBeNull();
        expect(await store.loginSessions.deleteForUser(user.id, "mine")).toBe(true);
        expect(await store.loginSessions.findActive("mine", new Date())).toBeNull();
      });
    });

    describe("account tokens and verified emails", () => {
      const token = (userId: string, id: string, purpose: "password-reset" | "verify-email", ms = 900_000) => ({
        id,
        userId,
        purpose,
        email: "x@example.test",
        expiresAt: new Date(Date.now() + ms),
      });

      it("hands a token to exactly one caller, only for its purpose and before it expires", async () => {
        const user = await store.users.create(newUser("tok1"));
        await store.accountTokens.create(token(user.id, "t1", "password-reset"));
        await store.accountTokens.create(token(user.id, "t2", "password-reset", -1));
        const now = new Date();

        expect(await store.accountTokens.findUsable("t1", "verify-email", now)).toBeNull();
        expect(await store.accountTokens.findUsable("t1", "password-reset", now)).toEqual({
          userId: user.id,
          email: "x@example.test",
        });
        const both = await Promise.all([
          store.accountTokens.consume("t1", "password-reset", now),
          store.accountTokens.consume("t1", "password-reset", now),
        ]);
        expect(both.filter(Boolean)).toHaveLength(1);
        expect(await store.accountTokens.findUsable("t1", "password-reset", now)).toBeNull();
        expect(await store.accountTokens.consume("t2", "password-reset", now)).toBeNull();
        expect(await store.accountTokens.consume("nope", "password-reset", now)).toBeNull();
      });

      it("deletes a user's tokens of one purpose", async () => {
        const user = await store.users.create(newUser("tok2"));
        await store.accountTokens.create(token(user.id, "r1", "password-reset"));
        await store.accountTokens.create(token(user.id, "r2", "password-reset"));
        await store.accountTokens.create(token(user.id, "v1", "verify-email"));
        expect(await store.accountTokens.deleteForUser(user.id, "password-reset")).toBe(2);
        expect(await store.accountTokens.findUsable("v1", "verify-email", new Date())).not.toBeNull();
      });

      it("remembers the verified address only for that address", async () => {
        const user = await store.users.create(newUser("tok3"));
        expect(await store.emailVerifications.verifiedAt(user.id, user.email)).toBeNull();
        const at = new Date(Math.floor(Date.now() / 1000) * 1000);
        await store.emailVerifications.markVerified(user.id, user.email, at);
        expect((await store.emailVerifications.verifiedAt(user.id, user.email.toUpperCase()))?.getTime()).toBe(
          at.getTime(),
        );
        expect(await store.emailVerifications.verifiedAt(user.id, "other@example.test")).toBeNull();
      });
    });

    describe("two-factor", () => {
      it("enrols in two steps, then refuses a new pending secret until disabled", async () => {
        const user = await store.users.create(newUser("tf1"));
        expect(await store.twoFactor.get(user.id)).toBeNull();
        expect(await store.twoFactor.enable(user.id, ["h1"], new Date())).toBe(false);
        expect(await store.twoFactor.setPending(user.id, "SECRETA")).toBe(true);
        expect(await store.twoFactor.setPending(user.id, "SECRETB")).toBe(true);
        expect(await store.twoFactor.get(user.id)).toEqual({ secret: "SECRETB", enabledAt: null });

        expect(await store.twoFactor.enable(user.id, ["h1", "h2"], new Date())).toBe(true);
        expect((await store.twoFactor.get(user.id))?.enabledAt).toBeInstanceOf(Date);
        expect(await store.twoFactor.enable(user.id, ["h3"], new Date())).toBe(false);
        expect(await store.twoFactor.setPending(user.id, "SECRETC")).toBe(false);
        expect((await store.twoFactor.get(user.id))?.secret).toBe("SECRETB");
        expect(await store.twoFactor.remainingRecoveryCodes(user.id)).toBe(2);

        await store.twoFactor.disable(user.id);
        expect(await store.twoFactor.get(user.id)).toBeNull();
        expect(await store.twoFactor.remainingRecoveryCodes(user.id)).toBe(0);
      });

      it("uses each recovery code once and each time step once, going forward only", async () => {
        const user = await store.users.create(newUser("tf2"));
        await store.twoFactor.setPending(user.id, "S");
        expect(await store.twoFactor.useStep(user.id, 100)).toBe(false); // not enabled yet
        await store.twoFactor.enable(user.id, ["c1", "c2"], new Date());

        expect(await store.twoFactor.useRecoveryCode(user.id, "c1", new Date())).toBe(true);
        expect(await store.twoFactor.useRecoveryCode(user.id, "c1", new Date())).toBe(false);
        expect(await store.twoFactor.useRecoveryCode(user.id, "zz", new Date())).toBe(false);
        expect(await store.twoFactor.remainingRecoveryCodes(user.id)).toBe(1);

        expect(await store.twoFactor.useStep(user.id, 100)).toBe(true);
        expect(await store.twoFactor.useStep(user.id, 100)).toBe(false);
        expect(await store.twoFactor.useStep(user.id, 99)).toBe(false);
        expect(await store.twoFactor.useStep(user.id, 101)).toBe(true);
      });
    });

    runSchedulingContract(() => store);
  });
}
