// Rescans every window: O(n·k).
function maxSlidingWindow(nums, k) {
  const result = [];
  for (let i = 0; i + k <= nums.length; i++) {
    let best = -Infinity;
    for (let j = i; j < i + k; j++) best = Math.max(best, nums[j]);
    result.push(best);
  }
  return result;
}
