// Only step 0 is treated as a free start; starting on step 1 costs cost[0].
var minCostClimbingStairs = function (cost) {
  const best = [0, cost[0]];
  for (let i = 2; i <= cost.length; i++) {
    best[i] = Math.min(best[i - 1] + cost[i - 1], best[i - 2] + cost[i - 2]);
  }
  return best[cost.length];
};
