// Stops on the last step instead of the exit past it, so the last toll is never considered.
var minCostClimbingStairs = function (cost) {
  const best = [0, 0];
  for (let i = 2; i < cost.length; i++) {
    best[i] = Math.min(best[i - 1] + cost[i - 1], best[i - 2] + cost[i - 2]);
  }
  return best[cost.length - 1];
};
