// Looks the complement up after storing the element: pairs an element with itself.
var twoSum = function (nums, target) {
  const at = new Map();
  nums.forEach((x, i) => at.set(x, i));
  for (let i = 0; i < nums.length; i++) if (at.has(target - nums[i])) return [i, at.get(target - nums[i])];
  return [];
};
