// For an even k, reports the upper middle value instead of the mean of the two middles.
var medianSlidingWindow = function (nums, k) {
  const result = [];
  for (let i = 0; i + k <= nums.length; i++) {
    const window = nums.slice(i, i + k).sort((a, b) => a - b);
    result.push(window[Math.floor(k / 2)]);
  }
  return result;
};
