var minCostClimbingStairs = function (cost) {
  // twoBelow and oneBelow are the cheapest ways to stand on steps i - 2 and i - 1.
  let twoBelow = 0;
  let oneBelow = 0;
  for (let i = 2; i <= cost.length; i++) {
    const here = Math.min(oneBelow + cost[i - 1], twoBelow + cost[i - 2]);
    twoBelow = oneBelow;
    oneBelow = here;
  }
  return oneBelow;
};
