/**
 * @param {number[]} nums
 * @return {number}
 */
function missingNumber(nums) {}
