var maxSubArray = function (nums) {
  // run = best sum of a block ending at the current element (Kadane).
  let run = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    run = Math.max(nums[i], run + nums[i]);
    if (run > best) best = run;
  }
  return best;
};
