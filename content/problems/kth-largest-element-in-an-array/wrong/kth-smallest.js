// Returns the k-th smallest.
var findKthLargest = function (nums, k) {
  return [...nums].sort((a, b) => a - b)[k - 1];
};
