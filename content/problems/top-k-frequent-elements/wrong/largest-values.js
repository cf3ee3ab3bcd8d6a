// The k largest values, not the most frequent.
var topKFrequent = function (nums, k) {
  return [...new Set(nums)].sort((a, b) => b - a).slice(0, k);
};
