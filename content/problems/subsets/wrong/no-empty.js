// Leaves out the empty set.
var subsets = function (nums) {
  const out = [];
  for (let mask = 1; mask < 1 << nums.length; mask++) out.push(nums.filter((_, i) => mask & (1 << i)));
  return out;
};
