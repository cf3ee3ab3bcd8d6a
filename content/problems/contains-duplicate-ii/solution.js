var containsNearbyDuplicate = function (nums, k) {
  const lastSeen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const previous = lastSeen.get(nums[i]);
    if (previous !== undefined && i - previous <= k) return true;
    lastSeen.set(nums[i], i);
  }
  return false;
};
