import type { RedisClient } from "~/adapters/redis/redis-client.server";
import type { AcceptOutcome, MatchQueue, Proposal, QueueStatus, Resolved } from "~/modules/matching/match-queue.server";
import { frontEntry } from "~/modules/matching/match-queue.server";
import type { QueueEntry } from "~/modules/matching/match-rules";

/**
 * The quick-match queue shared by every instance through Redis (ADR 050). Plain data
 * structures, each change one Lua script (Redis runs a script with nothing in between):
 *
 * - `match:entries`   HASH  user → entry JSON (waiting people)
 * - `match:seen`      HASH  user → ms an instance last vouched for their connection
 * - `match:of`        HASH  user → proposal id (people in a proposal)
 * - `match:due`       ZSET  proposal id by deadline
 * - `match:p:<id>`    HASH  json, a, b, aFront, bFront, acc:<user> (one proposal)
 *
 * Rules stay in TypeScript (match-rules.ts): an instance reads the waiting entries,
 * chooses a pair, and the propose script takes both only if their entries are unchanged.
 */

const ENTRIES = "match:entries";
const SEEN = "match:seen";
const PROPOSAL_OF = "match:of";
const DUE = "match:due";
const proposalKey = (id: string) => `match:p:${id}`;

// KEYS: entries, seen, of. ARGV: user, entry JSON, now.
const JOIN = `
local pid = redis.call('HGET', KEYS[3], ARGV[1])
if pid then
  if redis.call('EXISTS', 'match:p:' .. pid) == 1 then
    redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
    return {'proposed', pid}
  end
  redis.call('HDEL', KEYS[3], ARGV[1])
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then return {'queued', current} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return {'queued', ARGV[2]}
`;

// KEYS: entries, of, due, proposal. ARGV: a, b, a JSON, b JSON, proposal JSON, expiresAt, id, a front JSON, b front JSON.
const PROPOSE = `
if ARGV[1] == ARGV[2] then return 0 end
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[3] or redis.call('HGET', KEYS[1], ARGV[2]) ~= ARGV[4] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[7], ARGV[2], ARGV[7])
redis.call('HSET', KEYS[4], 'json', ARGV[5], 'a', ARGV[1], 'b', ARGV[2], 'aFront', ARGV[8], 'bFront', ARGV[9])
redis.call('ZADD', KEYS[3], ARGV[6], ARGV[7])
return 1
`;

// KEYS: of, due, proposal. ARGV: user, id.
const ACCEPT = `
local a = redis.call('HGET', KEYS[3], 'a')
local b = redis.call('HGET', KEYS[3], 'b')
if not a or (ARGV[1] ~= a and ARGV[1] ~= b) then return {'gone'} end
redis.call('HSET', KEYS[3], 'acc:' .. ARGV[1], '1')
local json = redis.call('HGET', KEYS[3], 'json')
if redis.call('HEXISTS', KEYS[3], 'acc:' .. a) == 1 and redis.call('HEXISTS', KEYS[3], 'acc:' .. b) == 1 then
  redis.call('DEL', KEYS[3])
  redis.call('HDEL', KEYS[1], a, b)
  redis.call('ZREM', KEYS[2], ARGV[2])
  return {'both', json}
end
local accepted = {'waiting', json}
if redis.call('HEXISTS', KEYS[3], 'acc:' .. a) == 1 then table.insert(accepted, a) end
if redis.call('HEXISTS', KEYS[3], 'acc:' .. b) == 1 then table.insert(accepted, b) end
return accepted
`;

// KEYS: entries, seen, of, due, proposal. ARGV: id, decliner ('' for none).
const RESOLVE = `
local a = redis.call('HGET', KEYS[5], 'a')
if not a then return false end
local b = redis.call('HGET', KEYS[5], 'b')
local result = {redis.call('HGET', KEYS[5], 'json')}
for _, side in ipairs({{a, 'aFront'}, {b, 'bFront'}}) do
  local user = side[1]
  if redis.call('HGET', KEYS[3], user) == ARGV[1] then redis.call('HDEL', KEYS[3], user) end
  if user ~= ARGV[2] and (ARGV[2] ~= '' or redis.call('HEXISTS', KEYS[5], 'acc:' .. user) == 1) then
    redis.call('HSET', KEYS[1], user, redis.call('HGET', KEYS[5], side[2]))
    table.insert(result, 'requeued:' .. user)
  else
    redis.call('HDEL', KEYS[2], user)
    table.insert(result, 'removed:' .. user)
  end
end
redis.call('DEL', KEYS[5])
redis.call('ZREM', KEYS[4], ARGV[1])
return result
`;

// KEYS: entries, seen, of. ARGV: user, front entry JSON, now.
const REQUEUE = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 or redis.call('HEXISTS', KEYS[3], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
return 1
`;

// KEYS: entries, seen, of. ARGV: now, users…
const TOUCH = `
for i = 2, #ARGV do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 1 or redis.call('HEXISTS', KEYS[3], ARGV[i]) == 1 then
    redis.call('HSET', KEYS[2], ARGV[i], ARGV[1])
  end
end
return 1
`;

// KEYS: entries, seen. ARGV: before. Waiting users whose last vouching is older (or missing).
const DROP_UNSEEN = `
local dropped = {}
local users = redis.call('HKEYS', KEYS[1])
for _, user in ipairs(users) do
  local seen = tonumber(redis.call('HGET', KEYS[2], user) or '0')
  if seen < tonumber(ARGV[1]) then
    redis.call('HDEL', KEYS[1], user)
    redis.call('HDEL', KEYS[2], user)
    table.insert(dropped, user)
  end
end
return dropped
`;

const parseEntry = (json: string): QueueEntry => JSON.parse(json) as QueueEntry;
const parseProposal = (json: string): Proposal => JSON.parse(json) as Proposal;

export function redisMatchQueue(client: RedisClient): MatchQueue {
  const run = async (script: string, keys: string[], args: Array<string | number>) =>
    client.eval(script, { keys, arguments: args.map(String) });

  const proposalStatus = async (id: string): Promise<QueueStatus> => {
    const fields = await client.hGetAll(proposalKey(id));
    if (!fields.json) return { kind: "idle" };
    const accepted = Object.keys(fields)
      .filter((f) => f.startsWith("acc:"))
      .map((f) => f.slice(4));
    return { kind: "proposed", proposal: parseProposal(fields.json), accepted };
  };

  return {
    kind: "redis",
    async join(entry, now) {
      const [kind, value] = (await run(
        JOIN,
        [ENTRIES, SEEN, PROPOSAL_OF],
        [entry.userId, JSON.stringify(entry), now],
      )) as [string, string];
      if (kind === "proposed") {
        const status = await proposalStatus(value);
        if (status.kind === "proposed") return status;
        return this.join(entry, now);
      }
      return { kind: "queued", entry: parseEntry(value) };
    },
    async status(userId) {
      const id = await client.hGet(PROPOSAL_OF, userId);
      if (id) {
        const status = await proposalStatus(id);
        if (status.kind === "proposed") return status;
      }
      const json = await client.hGet(ENTRIES, userId);
      return json ? { kind: "queued", entry: parseEntry(json) } : { kind: "idle" };
    },
    async leave(userId) {
      const [removed] = (await client.multi().hDel(ENTRIES, userId).hDel(SEEN, userId).exec()) as unknown as [number];
      return Number(removed) > 0;
    },
    async waiting() {
      return Object.values(await client.hGetAll(ENTRIES)).map(parseEntry);
    },
    async propose(a, b, id, expiresAt) {
      const proposal: Proposal = { id, a, b, expiresAt };
      const taken = await run(
        PROPOSE,
        [ENTRIES, PROPOSAL_OF, DUE, proposalKey(id)],
        [
          a.userId,
          b.userId,
          JSON.stringify(a),
          JSON.stringify(b),
          JSON.stringify(proposal),
          expiresAt,
          id,
          JSON.stringify(frontEntry(a)),
          JSON.stringify(frontEntry(b)),
        ],
      );
      return Number(taken) === 1 ? proposal : null;
    },
    async accept(proposalId, userId): Promise<AcceptOutcome> {
      const [kind, json, ...accepted] = (await run(
        ACCEPT,
        [PROPOSAL_OF, DUE, proposalKey(proposalId)],
        [userId, proposalId],
      )) as string[];
      if (kind === "both") return { kind: "both", proposal: parseProposal(json!) };
      if (kind === "waiting") return { kind: "waiting", proposal: parseProposal(json!), accepted };
      return { kind: "gone" };
    },
    async resolve(proposalId, decliner): Promise<Resolved | null> {
      const reply = (await run(
        RESOLVE,
        [ENTRIES, SEEN, PROPOSAL_OF, DUE, proposalKey(proposalId)],
        [proposalId, decliner ?? ""],
      )) as string[] | null;
      if (!reply) return null;
      const [json, ...outcomes] = reply;
      const pick = (prefix: string) => outcomes.filter((o) => o.startsWith(prefix)).map((o) => o.slice(prefix.length));
      return { proposal: parseProposal(json!), requeued: pick("requeued:"), removed: pick("removed:") };
    },
    async requeueFront(entry, now) {
      return (
        Number(
          await run(REQUEUE, [ENTRIES, SEEN, PROPOSAL_OF], [entry.userId, JSON.stringify(frontEntry(entry)), now]),
        ) === 1
      );
    },
    async dueProposals(now) {
      return client.zRangeByScore(DUE, 0, now);
    },
    async touch(userIds, now) {
      if (userIds.length) await run(TOUCH, [ENTRIES, SEEN, PROPOSAL_OF], [now, ...userIds]);
    },
    async dropUnseen(before) {
      return (await run(DROP_UNSEEN, [ENTRIES, SEEN], [before])) as string[];
    },
    async close() {
      // The connection belongs to the composition root.
    },
  };
}
