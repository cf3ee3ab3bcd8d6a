// Forgets that the answer can be n + 1 when 1..n are all present.
var firstMissingPositive = function (nums) {
  const seen = new Set(nums);
  for (let v = 1; v < nums.length; v++) {
    if (!seen.has(v)) return v;
  }
  return nums.length;
};
