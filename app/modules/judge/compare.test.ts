import { describe, expect, it } from "vitest";

import { matches } from "~/modules/judge/compare";

describe("float comparison", () => {
  const within = { kind: "float", tolerance: 1e-5 } as const;

  it("accepts answers within the absolute tolerance the statements promise", () => {
    expect(matches(within, 2.5, 2.500009)).toBe(true);
    expect(matches(within, [1, 2], [1.000001, 1.999999])).toBe(true);
  });

  it("rejects large answers that are off by more than 10^-5, however small relative to them", () => {
    // 1e-5 relative to 10^6 would allow an error of 10: the statement allows 10^-5.
    expect(matches(within, 1_000_000.5, 1_000_000.6)).toBe(false);
    expect(matches(within, 2.5, 2.50002)).toBe(false);
  });
});
