// Takes the better of the even and the odd houses.
var rob = function (nums) {
  let even = 0,
    odd = 0;
  nums.forEach((x, i) => (i % 2 ? (odd += x) : (even += x)));
  return Math.max(even, odd);
};
