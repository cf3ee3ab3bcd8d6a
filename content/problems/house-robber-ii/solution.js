/** Best total on the straight row nums[from..to], no two neighbours. */
function robRow(nums, from, to) {
  let twoBack = 0;
  let oneBack = 0;
  for (let i = from; i <= to; i++) {
    const best = Math.max(oneBack, twoBack + nums[i]);
    twoBack = oneBack;
    oneBack = best;
  }
  return oneBack;
}

var rob = function (nums) {
  const n = nums.length;
  if (n === 1) return nums[0];
  // The first and the last stall are neighbours, so leave out one of them.
  return Math.max(robRow(nums, 0, n - 2), robRow(nums, 1, n - 1));
};
