/**
 * @param {number[]} nums
 * @return {number[]}
 */
function productExceptSelf(nums) {}
