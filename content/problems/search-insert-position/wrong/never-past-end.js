// Searches only 0..n-1, so a target above every value gets n - 1 instead of n.
var searchInsert = function (nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
