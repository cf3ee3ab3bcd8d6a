// Forgets the one-stall circle: both ranges are empty, so it answers 0.
var rob = function (nums) {
  const robRow = (row) => {
    let twoBack = 0;
    let oneBack = 0;
    for (const value of row) [twoBack, oneBack] = [oneBack, Math.max(oneBack, twoBack + value)];
    return oneBack;
  };
  return Math.max(robRow(nums.slice(0, -1)), robRow(nums.slice(1)));
};
