/**
 * @param {number[]} nums
 * @return {number}
 */
function singleNumber(nums) {}
