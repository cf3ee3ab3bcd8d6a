import type { Comparator } from "~/modules/problems/problem-schema";

/** A stable text form of a JSON value, used to sort for order-free comparison. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && Object.is(v, -0) ? 0 : v)) ?? "null";
}

function deepEqual(a: unknown, b: unknown, tolerance: number | null): boolean {
  if (typeof a === "number" && typeof b === "number") {
    if (tolerance === null) return a === b;
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i], tolerance));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      ka.length === kb.length &&
      ka.every(
        (k, i) =>
          k === kb[i] && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance),
      )
    );
  }
  return a === b;
}

const sortedCopy = (value: unknown[]) =>
  [...value].sort((x, y) => (canonical(x) < canonical(y) ? -1 : canonical(x) > canonical(y) ? 1 : 0));

/** Whether `actual` answers a test whose answer is `expected`, under the problem's comparator. */
export function matches(comparator: Comparator, expected: unknown, actual: unknown): boolean {
  switch (comparator.kind) {
    case "exact":
      return deepEqual(actual, expected, null);
    case "float":
      return deepEqual(actual, expected, comparator.tolerance);
    case "unordered":
      return (
        Array.isArray(actual) && Array.isArray(expected) && deepEqual(sortedCopy(actual), sortedCopy(expected), null)
      );
    case "unordered-nested": {
      if (!Array.isArray(actual) || !Array.isArray(expected)) return false;
      const norm = (outer: unknown[]) =>
        sortedCopy(outer.map((inner) => (Array.isArray(inner) ? sortedCopy(inner) : inner)));
      return deepEqual(norm(actual), norm(expected), null);
    }
  }
}
