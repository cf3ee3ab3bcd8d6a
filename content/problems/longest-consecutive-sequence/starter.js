/**
 * @param {number[]} nums
 * @return {number}
 */
function longestConsecutive(nums) {}
