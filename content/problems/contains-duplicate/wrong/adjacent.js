// Only compares neighbours, without sorting first.
var containsDuplicate = function (nums) {
  for (let i = 1; i < nums.length; i++) if (nums[i] === nums[i - 1]) return true;
  return false;
};
