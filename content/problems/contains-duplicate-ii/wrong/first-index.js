// Remembers only the first index of each value, so a later, closer repeat is missed.
var containsNearbyDuplicate = function (nums, k) {
  const firstSeen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (firstSeen.has(nums[i])) {
      if (i - firstSeen.get(nums[i]) <= k) return true;
    } else {
      firstSeen.set(nums[i], i);
    }
  }
  return false;
};
