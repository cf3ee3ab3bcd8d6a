/**
 * @param {number[]} nums
 * @return {number[][]}
 */
function threeSum(nums) {}
