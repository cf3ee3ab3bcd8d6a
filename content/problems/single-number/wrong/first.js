// Returns the first number that is not next to its twin, without sorting.
var singleNumber = function (nums) {
  for (let i = 0; i < nums.length; i += 2) if (nums[i] !== nums[i + 1]) return nums[i];
  return nums[0];
};
