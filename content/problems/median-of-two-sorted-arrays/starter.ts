function findMedianSortedArrays(nums1: number[], nums2: number[]): number {

};
