function findTargetSumWays(nums, target) {
  const total = nums.reduce((a, b) => a + b, 0);
  if (Math.abs(target) > total) return 0;
  // ways[s + total] = number of sign choices so far whose running sum is s.
  let ways = new Array(2 * total + 1).fill(0);
  ways[total] = 1;
  for (const x of nums) {
    const next = new Array(2 * total + 1).fill(0);
    for (let i = 0; i < ways.length; i++) {
      if (ways[i] === 0) continue;
      next[i + x] += ways[i];
      next[i - x] += ways[i];
    }
    ways = next;
  }
  return ways[target + total];
}
