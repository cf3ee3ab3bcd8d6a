import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Store, UniqueConstraintError } from "./store.server";

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

    describe("login sessions", () => {
      const inOneHour = () => new Date(Date.now() + 3_600_000);

      it("finds an active session with its user, not an expired one", async () => {
        const user = await store.users.create(newUser("f"));
        await store.loginSessions.create({ id: "s1", userId: user.id, expiresAt: inOneHour(), userAgent: "test" });
        await store.loginSessions.create({ id: "s2", userId: user.id, expiresAt: new Date(Date.now() - 1000), userAgent: null });

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

    it("answers ping", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
