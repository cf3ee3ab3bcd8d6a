import { describe, expect, it } from "vitest";

import { percentile, ratio, summarize } from "./stats";

describe("percentile (nearest rank)", () => {
  it("picks the sample at the rank, not an interpolation", () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 50)).toBe(3);
    expect(percentile(samples, 100)).toBe(5);
    expect(percentile(samples, 20)).toBe(1);
    expect(percentile(samples, 21)).toBe(2);
  });

  it("p99 of 1..1000 is 990 and p50 is 500", () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 1000 - i);
    expect(percentile(samples, 99)).toBe(990);
    expect(percentile(samples, 50)).toBe(500);
  });

  it("handles one sample, zero and empty input", () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([3, 1], 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe("summarize and ratio", () => {
  it("summarises count, mean, percentiles and max", () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ count: 4, mean: 2.5, p50: 2, p90: 4, p99: 4, max: 4 });
  });

  it("refuses a ratio against a missing baseline", () => {
    expect(ratio(10, 0)).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
  });
});
