// Requires fewer than k days instead of at most k.
var splitArray = function (nums, k) {
  const daysNeeded = (cap) => {
    let days = 1;
    let current = 0;
    for (const length of nums) {
      if (current + length > cap) {
        days++;
        current = 0;
      }
      current += length;
    }
    return days;
  };
  let lo = Math.max(...nums);
  let hi = nums.reduce((a, b) => a + b, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (daysNeeded(mid) < k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};
