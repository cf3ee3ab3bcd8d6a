// Treats the stalls as a straight row, so it may take both the first and the last.
var rob = function (nums) {
  let twoBack = 0;
  let oneBack = 0;
  for (const value of nums) {
    const best = Math.max(oneBack, twoBack + value);
    twoBack = oneBack;
    oneBack = best;
  }
  return oneBack;
};
