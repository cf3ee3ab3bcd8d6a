// Sums 0..n-1 instead of 0..n.
var missingNumber = function (nums) {
  const n = nums.length;
  return (n * (n - 1)) / 2 - nums.reduce((a, b) => a + b, 0);
};
