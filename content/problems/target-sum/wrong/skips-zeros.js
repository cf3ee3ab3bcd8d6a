// Skips zeros as if they could not change anything, but +0 and -0 are two different choices.
function findTargetSumWays(nums, target) {
  let ways = new Map([[0, 1]]);
  for (const x of nums) {
    if (x === 0) continue;
    const next = new Map();
    for (const [s, c] of ways) {
      next.set(s + x, (next.get(s + x) ?? 0) + c);
      next.set(s - x, (next.get(s - x) ?? 0) + c);
    }
    ways = next;
  }
  return ways.get(target) ?? 0;
}
