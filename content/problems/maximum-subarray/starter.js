/**
 * @param {number[]} nums
 * @return {number}
 */
function maxSubarray(nums) {}
