/**
 * JavaScript runs in sloppy mode, as on LeetCode, so user code can leave globals behind
 * (`x = 1` without a declaration) or patch built-in prototypes. The judge snapshots the
 * realm once (after the worker's lockdown) and puts it back after every test, so one
 * test (or one user's run) never sees what another left.
 */

// Captured at load: user code may replace these, the restore must not depend on them.
const ownKeys = Reflect.ownKeys;
const describe = Object.getOwnPropertyDescriptor;
const define = Object.defineProperty;
const getPrototypeOf = Object.getPrototypeOf;

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function intrinsics(extra: object[]): object[] {
  const roots: unknown[] = [
    Object,
    Function,
    Array,
    String,
    Number,
    Boolean,
    Symbol,
    BigInt,
    Math,
    JSON,
    Reflect,
    Map,
    Set,
    WeakMap,
    WeakSet,
    Promise,
    RegExp,
    Date,
    Error,
    TypeError,
    RangeError,
    SyntaxError,
    ReferenceError,
    ArrayBuffer,
    DataView,
    Int8Array,
    Uint8Array,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    getPrototypeOf(Int8Array) as unknown,
    getPrototypeOf([][Symbol.iterator]()) as unknown,
    getPrototypeOf(function* () {}) as unknown,
    ...extra,
  ];
  const out: object[] = [];
  for (const root of roots) {
    if ((typeof root !== "object" && typeof root !== "function") || root === null) continue;
    out.push(root);
    const proto = (root as { prototype?: unknown }).prototype;
    if ((typeof proto === "object" || typeof proto === "function") && proto !== null) out.push(proto);
  }
  return out;
}

function take(targets: object[]): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const target of [globalThis, ...targets]) {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of ownKeys(target)) {
      const descriptor = describe(target, key);
      if (descriptor) props.set(key, descriptor);
    }
    snapshot.set(target, props);
  }
  return snapshot;
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  a.value === b.value && a.get === b.get && a.set === b.set && a.writable === b.writable;

function restore(snapshot: Snapshot): void {
  for (const [target, props] of snapshot) {
    for (const key of ownKeys(target)) {
      if (props.has(key)) continue;
      const descriptor = describe(target, key);
      if (descriptor?.configurable) delete (target as Record<PropertyKey, unknown>)[key];
    }
    for (const [key, original] of props) {
      const now = describe(target, key);
      if (now && same(now, original)) continue;
      try {
        define(target, key, original);
      } catch {
        // Made non-configurable by user code: nothing more can be done in this realm.
      }
    }
  }
}

let snapshot: Snapshot | null = null;

/** Takes the realm's snapshot the first time (after lockdown); later calls put it back. */
export function resetRealm(extra: object[] = []): void {
  if (!snapshot) snapshot = take(intrinsics(extra));
  else restore(snapshot);
}
