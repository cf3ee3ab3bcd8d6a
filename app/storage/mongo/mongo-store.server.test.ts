import mongoose from "mongoose";
import sift from "sift";
import { describe, expect, it } from "vitest";

import { runStoreContract } from "../store.contract";
import { loginSessionSchema, memberSchema, messageSchema, sessionSchema, userSchema } from "./models.server";
import { MongoStore } from "./mongo-store.server";
import { claimSeatQuery, endQuery, handOverQuery, lobbyQuery, releaseSeatQuery, staleQuery } from "./seat-queries";

// The storage contract needs a real MongoDB, which cannot be installed here.
const uri = process.env.MONGODB_URI;
if (!uri) console.warn("skipped: MONGODB_URI not set (the MongoDB store contract suite)");

describe.skipIf(!uri)("MongoDB store against a real server", () => {
  let n = 0;
  runStoreContract("mongodb", async () => {
    const store = MongoStore.open(uri!, { dbName: `peerprep_test_${process.pid}_${++n}` });
    await store.dropDatabase();
    await store.ping();
    return store;
  });
});

describe("MongoDB models (no server needed)", () => {
  const Doc = (schema: mongoose.Schema, name: string) => mongoose.model(`${name}${Math.random()}`, schema);
  /** The paths a document fails validation on (validation runs without a server). */
  const invalidPaths = async (doc: { validate(): Promise<unknown> }) => {
    const error = await doc.validate().then(
      () => null,
      (e: unknown) => e as mongoose.Error.ValidationError,
    );
    return Object.keys(error?.errors ?? {}).sort();
  };

  it("rejects users without names or emails", async () => {
    expect(await invalidPaths(new (Doc(userSchema, "U"))({}))).toEqual(
      expect.arrayContaining(["username", "usernameKey", "email", "emailKey"]),
    );
  });

  it("rejects sessions with an unknown status or visibility", async () => {
    const doc = new (Doc(sessionSchema, "S"))({
      _id: "s1",
      hostId: "h",
      problemSlug: "two-sum",
      visibility: "secret",
      status: "paused",
      createdAt: new Date(),
      lastPresenceAt: new Date(),
      order: 1,
    });
    expect(await invalidPaths(doc)).toEqual(["status", "visibility"]);
  });

  it("rejects chat messages of an unknown kind or without a positive seq", async () => {
    const doc = new (Doc(messageSchema, "M"))({
      sessionId: "s",
      seq: 0,
      clientId: "c",
      kind: "html",
      body: "x",
      createdAt: new Date(),
    });
    expect(await invalidPaths(doc)).toEqual(["kind", "seq"]);
  });

  const indexes = (schema: mongoose.Schema) => schema.indexes().map(([fields, options]) => ({ fields, options }));

  it("makes usernames and emails unique ignoring case, and external ids unique where present", () => {
    expect(indexes(userSchema)).toEqual(
      expect.arrayContaining([
        { fields: { usernameKey: 1 }, options: expect.objectContaining({ unique: true }) },
        { fields: { emailKey: 1 }, options: expect.objectContaining({ unique: true }) },
        {
          fields: { externalProvider: 1, externalId: 1 },
          options: expect.objectContaining({
            unique: true,
            partialFilterExpression: { externalId: { $type: "string" } },
          }),
        },
      ]),
    );
  });

  it("numbers chat per session uniquely and makes a retried message idempotent", () => {
    expect(indexes(messageSchema)).toEqual(
      expect.arrayContaining([
        { fields: { sessionId: 1, seq: 1 }, options: expect.objectContaining({ unique: true }) },
        { fields: { sessionId: 1, authorId: 1, clientId: 1 }, options: expect.objectContaining({ unique: true }) },
      ]),
    );
  });

  it("keeps one membership per person and session, and lets MongoDB expire sign-ins", () => {
    expect(indexes(memberSchema)).toEqual(
      expect.arrayContaining([
        { fields: { sessionId: 1, userId: 1 }, options: expect.objectContaining({ unique: true }) },
      ]),
    );
    expect(indexes(loginSessionSchema)).toEqual(
      expect.arrayContaining([
        { fields: { expiresAt: 1 }, options: expect.objectContaining({ expireAfterSeconds: 0 }) },
      ]),
    );
  });
});

describe("seat rules as MongoDB filters", () => {
  // sift evaluates MongoDB query filters in memory, with MongoDB's semantics.
  const matches = (filter: object, doc: object) => sift(filter as never)(doc);
  const session = (over: object = {}) => ({
    _id: "s1",
    hostId: "host",
    guestId: null,
    status: "waiting",
    visibility: "public",
    ...over,
  });
  const now = new Date();

  it("claims only a free seat, never for the host, never once ended", () => {
    const { filter } = claimSeatQuery("s1", "guest", now);
    expect(matches(filter, session())).toBe(true);
    expect(matches(filter, session({ guestId: "someone" }))).toBe(false);
    expect(matches(filter, session({ guestId: "guest" }))).toBe(false);
    expect(matches(filter, session({ status: "ended" }))).toBe(false);
    expect(matches(filter, session({ _id: "other" }))).toBe(false);
    expect(matches(claimSeatQuery("s1", "host", now).filter, session())).toBe(false);
  });

  it("keeps the first start time and activates the session in the same update", () => {
    expect(claimSeatQuery("s1", "guest", now).update).toEqual([
      {
        $set: { guestId: "guest", status: "active", startedAt: { $ifNull: ["$startedAt", now] }, lastPresenceAt: now },
      },
    ]);
  });

  it("releases only the guest's own seat, and hands over only from the host with a guest present", () => {
    expect(matches(releaseSeatQuery("s1", "guest").filter, session({ guestId: "guest", status: "active" }))).toBe(true);
    expect(matches(releaseSeatQuery("s1", "host").filter, session({ guestId: "guest", status: "active" }))).toBe(false);
    expect(matches(releaseSeatQuery("s1", "guest").filter, session({ guestId: "guest", status: "ended" }))).toBe(false);
    expect(matches(handOverQuery("s1", "host").filter, session({ guestId: "guest", status: "active" }))).toBe(true);
    expect(matches(handOverQuery("s1", "host").filter, session())).toBe(false);
    expect(matches(handOverQuery("s1", "guest").filter, session({ guestId: "guest", status: "active" }))).toBe(false);
    expect(handOverQuery("s1", "host").update).toEqual([
      { $set: { hostId: "$guestId", guestId: null, status: "waiting" } },
    ]);
  });

  it("ends once, and only by the named host", () => {
    expect(matches(endQuery("s1", "host-ended", now, "host").filter, session())).toBe(true);
    expect(matches(endQuery("s1", "host-ended", now, "guest").filter, session())).toBe(false);
    expect(matches(endQuery("s1", "idle", now).filter, session({ status: "active" }))).toBe(true);
    expect(matches(endQuery("s1", "idle", now).filter, session({ status: "ended" }))).toBe(false);
  });

  it("finds idle and over-long waiting sessions, and lists only open public ones", () => {
    const idleBefore = new Date(1_000);
    const waitingBefore = new Date(500);
    const stale = staleQuery(idleBefore, waitingBefore);
    expect(matches(stale, session({ status: "active", lastPresenceAt: new Date(900), createdAt: new Date(900) }))).toBe(
      true,
    );
    expect(matches(stale, session({ lastPresenceAt: new Date(2_000), createdAt: new Date(400) }))).toBe(true);
    expect(
      matches(stale, session({ status: "active", lastPresenceAt: new Date(2_000), createdAt: new Date(400) })),
    ).toBe(false);
    expect(matches(stale, session({ status: "ended", lastPresenceAt: new Date(0), createdAt: new Date(0) }))).toBe(
      false,
    );
    expect(matches(lobbyQuery(), session())).toBe(true);
    expect(matches(lobbyQuery(), session({ visibility: "private" }))).toBe(false);
    expect(matches(lobbyQuery(), session({ guestId: "g", status: "active" }))).toBe(false);
  });
});
