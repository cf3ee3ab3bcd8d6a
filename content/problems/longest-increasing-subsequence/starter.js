/**
 * @param {number[]} nums
 * @return {number}
 */
function lengthOfLIS(nums) {}
